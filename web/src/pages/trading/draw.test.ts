import { describe, expect, it } from 'vitest'
import { commitmentOf, ordinalSorted, recomputeSelection, verifyDraw } from './draw'
import { csharpDraws, csharpRecord } from './fixtures'
import { verifyChain } from './record'

describe('draw recomputation in the browser agrees with the C# draws', () => {
  it('verifies the demo expert draw and the demo firm draw (Chinese names, UTF-8, ordinal order)', async () => {
    for (const draw of csharpDraws) {
      const check = await verifyDraw(draw)
      expect(check).not.toBeNull()
      expect(check!.commitmentMatches).toBe(true)
      expect(check!.candidatesSorted).toBe(true)
      expect(check!.recomputed).toEqual(draw.selected)
      expect(check!.ok).toBe(true)
    }
  })

  it('says 不一致 when anything published is changed', async () => {
    const draw = csharpDraws[0]
    const otherSecret = { ...draw, secret: draw.secret!.replace(/^./, (c) => (c === '0' ? '1' : '0')) }
    expect((await verifyDraw(otherSecret))!.ok).toBe(false)
    const otherResult = { ...draw, selected: [...draw.selected!].reverse() }
    expect((await verifyDraw(otherResult))!.selectionMatches).toBe(false)
    const otherId = { ...draw, drawId: draw.drawId.toUpperCase() }
    expect((await verifyDraw(otherId))!.ok).toBe(false)
    expect(await verifyDraw({ ...draw, secret: null, candidates: null, selected: null })).toBeNull()
  })

  it('hashes the secret bytes, not its hex text, and sorts by UTF-16 code units', async () => {
    expect(await commitmentOf('zz')).toBeNull()
    expect(await commitmentOf('00')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d')
    expect(ordinalSorted(['B', 'a'])).toBe(true)
    expect(ordinalSorted(['天府', '示范'])).toBe(true)
    expect(ordinalSorted(['示范', '天府'])).toBe(false)
    await expect(recomputeSelection('x', '00', ['a'], 2)).rejects.toThrow()
  })
})

describe('the record chain recomputed in the browser agrees with the C# chain', () => {
  it('verifies a demo project record as published', async () => {
    const check = await verifyChain(csharpRecord)
    expect(check.valid).toBe(true)
    expect(check.headHash).toBe(csharpRecord.at(-1)!.hash)
  })
})
