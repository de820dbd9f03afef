import {
	API_VERSION_PATH,
	CONTROL_CLASS,
	ENDPOINT_PATHS,
	listModelsOperation,
	PRINTABLE_ASCII_CLASS,
	REGIONS,
	type Region,
	regionBaseUrl,
	SPACE_CLASS,
} from '@crazyrouter/core';

import { CUSTOM_REGION } from './credential-base-url';
import { cleanedTextSource, expressionOf, isQuotedSource, trimmedSource } from './pasted-text-source';

const version = JSON.stringify(API_VERSION_PATH);

/**
 * n8n runs the credential test as a declarative request, so its base URL has to be an n8n expression; the core
 * cannot run there. This is the core's normalizeBaseUrl step for step, built from the core's own data (region
 * URLs, endpoint paths, character sets), and checked against the core's base-URL table in n8n's expression
 * engines (credential-test-base-url.test.ts). Two differences, both forced: an expression cannot raise an error
 * n8n shows (n8n swallows them), so a URL the core refuses gives '' and the test request is never sent; and it
 * parses the URL with a pattern where the core uses WHATWG URL (not available in expressions), which only parts
 * ways on inputs no table row holds (percent-escapes in host names, IPv4 shorthands, `.` path segments).
 */
export function credentialTestBaseUrlExpression(): string {
	const regions = (Object.keys(REGIONS) as Region[]).map((region) => `if (region === ${JSON.stringify(region)}) return ${JSON.stringify(regionBaseUrl(region))};`);
	return expressionOf([
		'const region = $credentials.region;',
		...regions,
		`if (region !== ${JSON.stringify(CUSTOM_REGION)}) return ${JSON.stringify(regionBaseUrl('global'))};`,
		`let text = ${cleanedTextSource('String($credentials.baseUrl ?? "")')};`,
		`if (${isQuotedSource('text')}) text = ${trimmedSource('text.slice(1, -1)')};`,
		`if (text === "" || /[${SPACE_CLASS}${CONTROL_CLASS}]/.test(text) || /[^${PRINTABLE_ASCII_CLASS}]/.test(text) || text.includes("\\\\")) return "";`,
		'if (!/^[a-z][a-z0-9+.-]*:\\/\\//i.test(text)) {',
		// user:pw@host and other schemes (javascript:, https:/ with one slash); host:port is a URL without its scheme.
		'  if (/^[^/?#]*@/.test(text) || /^[a-z][a-z0-9+.-]*:(?!\\d)/i.test(text)) return "";',
		'  text = "https://" + text;',
		'}',
		'const url = /^([a-z][a-z0-9+.-]*):\\/\\/([^/?#]*)([^?#]*)/i.exec(text);',
		'const scheme = url[1].toLowerCase();',
		'if ((scheme !== "http" && scheme !== "https") || url[2].includes("@")) return "";',
		'const hostPort = /^(\\[[0-9a-f:.]+\\]|[^:[\\]]+)(?::(\\d*))?$/i.exec(url[2]);',
		'if (!hostPort || /[<>^|%]/.test(hostPort[1])) return "";',
		'const host = hostPort[1].toLowerCase();',
		'if (host.split(".").some((label) => label.startsWith("xn--"))) return "";',
		'const port = hostPort[2] ? Number(hostPort[2]) : 0;',
		'if (port > 65535) return "";',
		'const shownPort = hostPort[2] && port !== (scheme === "https" ? 443 : 80) ? ":" + port : "";',
		'let path = url[3] || "/";',
		'if (path !== "/") path = path.replace(/\\/+$/, "");',
		'path = path.replace(/\\/{2,}/g, "/");',
		`const endpoint = ${JSON.stringify(ENDPOINT_PATHS)}.find((candidate) => path.toLowerCase().endsWith(candidate));`,
		'if (endpoint) path = path.slice(0, -endpoint.length);',
		`while (path.toLowerCase().endsWith(${version} + ${version})) path = path.slice(0, -${API_VERSION_PATH.length});`,
		'if (path === "/") path = "";',
		`if (path.toLowerCase().endsWith(${version})) path = path.slice(0, -${API_VERSION_PATH.length});`,
		`return scheme + "://" + host + shownPort + path + ${version};`,
	]);
}

/** The test request's path below the base URL, from the core's model-list operation. */
export const CREDENTIAL_TEST_PATH = listModelsOperation.path;
