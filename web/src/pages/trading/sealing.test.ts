import { describe, expect, it } from 'vitest'
import { fromBase64, sha256Hex, utf8 } from './bytes'
import { bidPlaintext, keyProblem, openBid, priceProblem, sealBid } from './sealing'

describe('sealing a bid in the browser', () => {
  it('makes the body the platform expects: base64 ciphertext with the 16-byte tag, 12-byte nonce, hex SHA-256', async () => {
    const plaintext = bidPlaintext({ price: '11986500.50', duration: '180 日历天', note: '' })
    expect(plaintext).toBe('{"price":11986500.5,"duration":"180 日历天"}')
    const sealed = await sealBid(plaintext)
    expect(fromBase64(sealed.body.nonce)!.length).toBe(12)
    expect(fromBase64(sealed.body.ciphertext)!.length).toBe(utf8(plaintext).length + 16)
    expect(fromBase64(sealed.key)!.length).toBe(32)
    expect(sealed.body.plaintextSha256).toBe(await sha256Hex(utf8(plaintext)))
    expect(sealed.body.plaintextSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(sealed.body.ciphertext).not.toContain(btoa('11986500'))
  })

  it('opens again with its key only; each seal has a fresh key and nonce', async () => {
    const plaintext = bidPlaintext({ price: '5000' })
    const a = await sealBid(plaintext)
    const b = await sealBid(plaintext)
    expect(a.key).not.toBe(b.key)
    expect(a.body.nonce).not.toBe(b.body.nonce)
    expect(await openBid(a.body, a.key)).toBe(plaintext)
    expect(await openBid(a.body, b.key)).toBeNull()
  })

  it('checks prices and keys before anything is sent', () => {
    expect(priceProblem('12345678.90')).toBeNull()
    expect(priceProblem('')).toContain('请填写')
    expect(priceProblem('12,000')).toContain('最多两位小数')
    expect(priceProblem('1.234')).toContain('最多两位小数')
    expect(priceProblem('0')).toContain('大于 0')
    expect(keyProblem(btoa('x'.repeat(32)))).toBeNull()
    expect(keyProblem('abc')).not.toBeNull()
  })
})
