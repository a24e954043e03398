import { createHash, timingSafeEqual } from "node:crypto";

/** The SHA-256 of a write token: the only form in which the server keeps it. */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Whether an Authorization header carries the write token, compared in constant time. */
export function bearerMatches(header: string | undefined, tokenHash: Buffer | undefined): boolean {
  if (tokenHash === undefined || header === undefined) return false;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match !== null && timingSafeEqual(hashToken(match[1]!), tokenHash);
}
