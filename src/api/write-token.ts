import { timingSafeEqual } from "node:crypto";
import { hashToken } from "../config.ts";

/** Whether an Authorization header carries the write token, compared in constant time. */
export function bearerMatches(header: string | undefined, tokenHash: Buffer | undefined): boolean {
  if (tokenHash === undefined || header === undefined) return false;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match !== null && timingSafeEqual(hashToken(match[1]!), tokenHash);
}
