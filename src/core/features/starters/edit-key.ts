import { newToken } from '../../model/ids.js';

/** A fresh edit secret for an anonymous answer: 192 random bits, given only to its author. */
export const newEditSecret = (): string => newToken();

/** True when a value looks like an edit secret (base64url, as newToken makes them). */
export const isEditSecret = (value: string): boolean => /^[\w-]{32}$/.test(value);

/** SHA-256 (hex) of a text; Web Crypto, since the core may not import node:crypto. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The only thing stored of an edit secret. */
export const editKeyHash = (secret: string): Promise<string> => sha256Hex(secret);
