/** Byte encodings the trading protocol publishes: lowercase hex and standard base64 (with padding). */
export function toHex(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes) text += b.toString(16).padStart(2, '0')
  return text
}

/** Bytes of a hex text; null when it is not an even number of hex digits. */
export function fromHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null
  const bytes = new Uint8Array(text.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16)
  return bytes
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

/** Bytes of a base64 text; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** hex(SHA-256(bytes)) with WebCrypto (the browser's, or Node 20's globalThis.crypto in the unit tests). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes))
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
}
