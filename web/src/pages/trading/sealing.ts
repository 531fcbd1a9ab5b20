import { fromBase64, sha256Hex, toBase64, utf8 } from './bytes'

/**
 * Sealing a bid in the browser (DESIGN §6 "Sealed bids", README "Bidding"): the bid's UTF-8 JSON plaintext is
 * encrypted with AES-256-GCM under a fresh random 32-byte key and a fresh 12-byte nonce (WebCrypto appends the
 * 16-byte tag to the ciphertext, which is what the platform expects); the platform receives the base64 ciphertext,
 * the base64 nonce and the hex SHA-256 of the plaintext, never the key. The key stays with the bidder until the
 * opening.
 */
export interface SealedBidBody {
  ciphertext: string
  nonce: string
  plaintextSha256: string
}

export interface SealedBid {
  body: SealedBidBody
  /** base64 of the 32-byte AES key: shown once to the bidder, sent only after the opening. */
  key: string
  plaintext: string
}

export interface BidFields {
  /** Yuan, as typed: digits with at most two decimals. */
  price: string
  /** 工期, e.g. "180 日历天"; optional. */
  duration?: string
  /** 备注; optional. */
  note?: string
}

/** Why a typed price cannot be bid, or null when it can. */
export function priceProblem(price: string): string | null {
  const text = price.trim()
  if (!text) return '请填写投标报价（元）。'
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text)) return '投标报价应为金额（元），最多两位小数，例如 12345678.90。'
  if (Number(text) <= 0) return '投标报价应大于 0。'
  return null
}

/** The plaintext JSON: price as a JSON number (exact for up to 13 integer digits and 2 decimals), then the rest. */
export function bidPlaintext(fields: BidFields): string {
  const content: Record<string, unknown> = { price: Number(fields.price.trim()) }
  if (fields.duration?.trim()) content.duration = fields.duration.trim()
  if (fields.note?.trim()) content.note = fields.note.trim()
  return JSON.stringify(content)
}

export async function sealBid(plaintext: string): Promise<SealedBid> {
  const keyBytes = crypto.getRandomValues(new Uint8Array(32))
  const nonce = crypto.getRandomValues(new Uint8Array(12))
  const data = utf8(plaintext)
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt'])
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, tagLength: 128 }, key, data as BufferSource),
  )
  return {
    body: { ciphertext: toBase64(ciphertext), nonce: toBase64(nonce), plaintextSha256: await sha256Hex(data) },
    key: toBase64(keyBytes),
    plaintext,
  }
}

/** Opens a sealed bid with its key, as the platform does at the opening (used to check the sealing). */
export async function openBid(body: SealedBidBody, keyBase64: string): Promise<string | null> {
  const keyBytes = fromBase64(keyBase64)
  const nonce = fromBase64(body.nonce)
  const ciphertext = fromBase64(body.ciphertext)
  if (!keyBytes || keyBytes.length !== 32 || !nonce || !ciphertext) return null
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes as BufferSource, { name: 'AES-GCM' }, false, [
      'decrypt',
    ])
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: nonce as BufferSource, tagLength: 128 },
      key,
      ciphertext as BufferSource,
    )
    return new TextDecoder().decode(plain)
  } catch {
    return null
  }
}

/** Whether a text is a usable key: base64 of exactly 32 bytes. */
export function keyProblem(key: string): string | null {
  const bytes = fromBase64(key)
  return bytes && bytes.length === 32 ? null : '密钥应为投标时页面显示的 base64 文本（32 字节 AES-256 密钥）。'
}
