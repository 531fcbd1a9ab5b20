import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8 } from './bytes'
import { genesis, hashOf, verifyChain, type RecordEntry } from './record'

async function chain(items: Array<Pick<RecordEntry, 'at' | 'kind' | 'payload'>>): Promise<RecordEntry[]> {
  const entries: RecordEntry[] = []
  let previous = genesis
  for (const [i, item] of items.entries()) {
    const entry = { ...item, seq: i + 1, prevHash: previous, hash: '' }
    entry.hash = await hashOf(entry)
    entries.push(entry)
    previous = entry.hash
  }
  return entries
}

describe('the tamper-evident record recomputed in the browser', () => {
  it('hashes prevHash, seq, at, kind and payload joined by newlines, UTF-8', async () => {
    const entry = { seq: 1, at: '2026-12-02T09:00:00.000+08:00', kind: 'announcement', payload: '{"name":"示范"}' }
    const expected = await sha256Hex(
      utf8(`${genesis}\n1\n2026-12-02T09:00:00.000+08:00\nannouncement\n{"name":"示范"}`),
    )
    expect(await hashOf({ ...entry, prevHash: genesis, hash: '' })).toBe(expected)
  })

  it('verifies an intact chain and names the first entry changed, reordered or relinked', async () => {
    const entries = await chain([
      { at: '2026-12-02T09:00:00.000+08:00', kind: 'announcement', payload: '{"a":1}' },
      { at: '2026-12-03T10:00:00.000+08:00', kind: 'bid-received', payload: '{"b":2}' },
      { at: '2026-12-04T11:00:00.000+08:00', kind: 'opening', payload: '{"c":3}' },
    ])
    expect(await verifyChain(entries)).toEqual({ valid: true, brokenAt: null, entries: 3, headHash: entries[2].hash })
    const edited = entries.map((e) => ({ ...e }))
    edited[1].payload = '{"b":3}'
    expect((await verifyChain(edited)).brokenAt).toBe(2)
    expect((await verifyChain([entries[0], entries[2]])).brokenAt).toBe(3)
  })
})
