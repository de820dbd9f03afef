import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encodePng } from "../replies/encode-png.js";

/** One `data[]` item of an image answer. `{gateway}` and `{internal}` in a URL become those servers' roots. */
export interface HostileImageItem {
  url?: string;
  b64_json?: string;
}

export interface HostileGatewayState {
  /** Every request the internal server received (method and path). A safe client never causes one. */
  internalHits: string[];
  /** Requests for files on the gateway's own origin, with the Authorization header each carried. */
  downloads: Array<{ path: string; authorization: string | undefined }>;
  /** The oversized body: bytes written, and whether the client hung up before its end. */
  huge: { written: number; total: number; closedEarly: boolean };
}

export interface HostileGateway {
  /** Root URL (`http://127.0.0.1:PORT`), the gateway's origin. */
  url: string;
  /** `url` + `/v1`. */
  baseUrl: string;
  apiKey: string;
  /** Root URL of a loopback-only "internal" server on another port: it records hits and serves a PNG. */
  internalUrl: string;
  readonly state: HostileGatewayState;
  /** What every image generation answers from now on. */
  answerImages(items: HostileImageItem[]): void;
  /** What `GET /v1/models` answers: `count` ids of about `idLength` characters. */
  answerModels(count: number, idLength?: number): void;
  reset(): void;
  close(): Promise<void>;
}

export interface HostileGatewayOptions {
  /** Size of `/images/huge.png` (PNG signature, then zeros, chunked with no Content-Length). Default 64 MiB. */
  hugeBytes?: number;
}

export const HOSTILE_GATEWAY_API_KEY = "sk-hostile-gateway-0123456789abcdef";
const CHUNK_BYTES = 64 * 1024;
const PNG = encodePng(2, 2, new Uint8Array(12).fill(200));
const HTML = Buffer.from("<!doctype html><title>admin</title><p>internal page, not an image</p>");

/**
 * A small hostile OpenAI-compatible server for image-download tests, loopback only. Image generations answer
 * links chosen by the test (to the internal server, to cloud metadata, through redirects, to non-image and
 * oversized bodies); its own origin serves those files (`/images/ok.png`, `/images/page.png` (HTML under an
 * image content type), `/images/huge.png`, `/images/redirect-ok`, `/images/redirect-internal`,
 * `/images/redirect-metadata`). Out-of-process clients (pytest) drive it through `/__hostile/answer` (POST the
 * items), `/__hostile/state` (GET) and `/__hostile/reset` (POST).
 */
export async function startHostileGateway(options: HostileGatewayOptions = {}): Promise<HostileGateway> {
  const hugeBytes = options.hugeBytes ?? 64 * 1024 * 1024;
  let images: HostileImageItem[] = [{ url: "{gateway}/images/ok.png" }];
  let models = { count: 3, idLength: 0 };
  const state: HostileGatewayState = { internalHits: [], downloads: [], huge: { written: 0, total: hugeBytes, closedEarly: false } };
  const roots = { gateway: "", internal: "" };
  const expand = (item: HostileImageItem): HostileImageItem =>
    item.url === undefined ? item : { ...item, url: item.url.replace("{gateway}", roots.gateway).replace("{internal}", roots.internal) };

  const internal = createServer((request, response) => {
    state.internalHits.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "image/png" }).end(PNG);
  });

  const gateway = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0]!;
    const body = await readBody(request);
    const json = (status: number, value: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (path === "/__hostile/answer") {
      images = JSON.parse(body) as HostileImageItem[];
      return void json(200, { ok: true });
    }
    if (path === "/__hostile/state") return void json(200, state);
    if (path === "/__hostile/reset") {
      reset();
      return void json(200, { ok: true });
    }
    if (path.startsWith("/v1/")) {
      if (request.headers.authorization !== `Bearer ${HOSTILE_GATEWAY_API_KEY}`)
        return void json(401, { error: { message: "bad key", type: "invalid_request_error" } });
      if (path === "/v1/images/generations") return void json(200, { created: 1, data: images.map(expand) });
      if (path === "/v1/models") return void json(200, { object: "list", data: modelList(models.count, models.idLength) });
      return void json(404, { error: { message: `no route ${path}` } });
    }
    state.downloads.push({ path, authorization: request.headers.authorization });
    if (path === "/images/ok.png") return void response.writeHead(200, { "content-type": "image/png" }).end(PNG);
    if (path === "/images/page.png") return void response.writeHead(200, { "content-type": "image/png" }).end(HTML);
    if (path === "/images/redirect-ok") return void response.writeHead(302, { location: "/images/ok.png" }).end();
    if (path === "/images/redirect-internal") return void response.writeHead(302, { location: `${roots.internal}/secret.png` }).end();
    if (path === "/images/redirect-metadata") return void response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/images/huge.png") return writeHuge(response);
    response.writeHead(404).end();
  }

  function writeHuge(response: ServerResponse): void {
    response.writeHead(200, { "content-type": "image/png" });
    let written = 0;
    response.on("close", () => {
      state.huge.closedEarly = written < hugeBytes;
    });
    const writeMore = () => {
      while (written < hugeBytes && !response.destroyed) {
        const chunk = written === 0 ? Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(CHUNK_BYTES - 8)]) : Buffer.alloc(CHUNK_BYTES);
        written += chunk.length;
        state.huge.written = written;
        if (!response.write(chunk)) return void response.once("drain", writeMore);
      }
      if (!response.destroyed) response.end();
    };
    writeMore();
  }

  function reset(): void {
    images = [{ url: "{gateway}/images/ok.png" }];
    models = { count: 3, idLength: 0 };
    state.internalHits.length = 0;
    state.downloads.length = 0;
    state.huge = { written: 0, total: hugeBytes, closedEarly: false };
  }

  roots.internal = await listen(internal);
  roots.gateway = await listen(gateway);
  return {
    url: roots.gateway,
    baseUrl: `${roots.gateway}/v1`,
    apiKey: HOSTILE_GATEWAY_API_KEY,
    internalUrl: roots.internal,
    state,
    answerImages: (items) => {
      images = items;
    },
    answerModels: (count, idLength = 0) => {
      models = { count, idLength };
    },
    reset,
    close: async () => {
      await Promise.all([close(internal), close(gateway)]);
    },
  };
}

function modelList(count: number, idLength: number): Array<{ id: string; object: "model"; owned_by: string }> {
  const padding = "x".repeat(Math.max(0, idLength - 12));
  return Array.from({ length: count }, (_, index) => ({ id: `model-${String(index).padStart(6, "0")}${padding}`, object: "model", owned_by: "hostile" }));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
