/** A random id for new records; uses the Web Crypto API available in every supported runtime. */
export const newId = (prefix: string): string => `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;

/** An unguessable token for links (calendar downloads): 192 random bits, base64url. */
export function newToken(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
