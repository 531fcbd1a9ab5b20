import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8 } from './bytes'
import { checkDigest, digestOf, digestText, headStands, publishedDates } from './heads'

const a = { projectId: '01a17afa-81c0-70c7-b676-a58f0b30acde', seq: 12, hash: 'a'.repeat(64) }
const b = { projectId: '01a16b6b-f680-72ff-97d6-341915a2533e', seq: 2, hash: 'b'.repeat(64) }

describe('the daily head publication recomputed in the browser', () => {
  it('hashes "projectId seq hash" lines by project id, each ended by a newline (RecordHeads.Digest)', async () => {
    expect(digestText([a, b])).toBe(`${b.projectId} 2 ${'b'.repeat(64)}\n${a.projectId} 12 ${'a'.repeat(64)}\n`)
    // Computed apart (Python's hashlib over the same text).
    expect(await digestOf([a, b])).toBe('7de84d083e30f63c51a8fcf0bd3de01da01828eab988ed3ef2e299b908e3b5e5')
    expect(await digestOf([a, b])).toBe(await sha256Hex(utf8(digestText([b, a]))))
    expect(await digestOf([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('says whether the published digest matches the published heads', async () => {
    const digest = await digestOf([a, b])
    expect(await checkDigest({ digest: digest.toUpperCase(), heads: [b, a] }))
      .toEqual({ recomputed: digest, matches: true })
    expect((await checkDigest({ digest, heads: [a, { ...b, seq: 3 }] })).matches).toBe(false)
  })

  it('finds a published head in the record as it stands now, and lists dates newest first', () => {
    expect(headStands(b, [{ seq: 1, hash: 'x' }, { seq: 2, hash: 'b'.repeat(64) }, { seq: 3, hash: 'y' }])).toBe(true)
    expect(headStands(b, [{ seq: 1, hash: 'x' }, { seq: 2, hash: 'c'.repeat(64) }])).toBe(false)
    expect(headStands(b, [{ seq: 1, hash: 'x' }])).toBe(false)
    const at = '2026-12-02T00:00:00+08:00'
    const dates = [
      { date: '2026-12-01', digest: 'a', publishedAt: at, projects: 3 },
      { date: '2026-12-02', digest: 'b', publishedAt: at, projects: 4 },
    ]
    expect(publishedDates(dates).map((d) => d.date)).toEqual(['2026-12-02', '2026-12-01'])
    expect(publishedDates({ items: dates })).toHaveLength(2)
  })
})
