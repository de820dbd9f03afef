import type { IncomingHttpHeaders } from "node:http";
import type { TransportResponse } from "./transport.js";

/** undici's header record (lowercase names, repeated headers as arrays) as the transports' `get(name)`. */
export function undiciHeaders(headers: IncomingHttpHeaders): TransportResponse["headers"] {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
