import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether an Authorization header carries exactly this bearer token; compared in constant time. */
export function bearerTokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the token's length.
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}
