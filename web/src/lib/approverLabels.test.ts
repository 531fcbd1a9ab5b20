import { describe, expect, it } from 'vitest'
import { caseSteps, fallbackLabels, labelOf, mergeLabels, readableNote, timelineParts } from './approverLabels'
import { isPoor, ratedScore, reasonsFor, scoreLabel } from './rateScores'

describe('intake labels', () => {
  it("takes the service's maps and keeps the local ones it lacks", () => {
    const merged = mergeLabels({ caseStatus: { open: '受理中' }, suspensionProcedures: {} })
    expect(merged.caseStatus.open).toBe('受理中')
    expect(merged.suspensionProcedures.hearing).toBe('听证')
    expect(mergeLabels(null)).toEqual(fallbackLabels)
  })
  it('shows an unknown code as itself, nothing for none', () => {
    expect(labelOf({ a: '甲' }, 'a')).toBe('甲')
    expect(labelOf({ a: '甲' }, 'b')).toBe('b')
    expect(labelOf({ a: '甲' }, null)).toBe('')
  })
  it("puts a procedure's word in place of its code in a timeline note", () => {
    const procedures = fallbackLabels.suspensionProcedures
    expect(readableNote('特别程序（expert-review）：专家论证', procedures)).toBe('特别程序（专家评审）：专家论证')
    expect(readableNote('特别程序（听证）：已是中文', procedures)).toBe('特别程序（听证）：已是中文')
    expect(readableNote('说明（unknown）', procedures)).toBe('说明（unknown）')
  })
})

describe('ratings', () => {
  it('names the five grades', () => {
    expect(scoreLabel(5)).toBe('非常满意')
    expect(scoreLabel(1)).toBe('非常不满意')
    expect(scoreLabel(null)).toBe('')
  })
  it('offers reasons by grade and asks why for a poor one', () => {
    expect(reasonsFor(5)).toContain('办事高效')
    expect(reasonsFor(1)).toContain('等候时间长')
    expect(reasonsFor(null)).toEqual([])
    expect(isPoor(2)).toBe(true)
    expect(isPoor(3)).toBe(false)
  })
  it("reads the score from a case's timeline", () => {
    expect(ratedScore([{ step: 'accepted', note: '受理' }])).toBeNull()
    expect(ratedScore([{ step: 'completed', note: '办结' }, { step: 'rated', note: '评价：5 星' }])).toBe(5)
    expect(ratedScore(undefined)).toBeNull()
  })
})

describe('timeline lines', () => {
  it('does not repeat the step word a note starts with', () => {
    expect(timelineParts('completed', '办结：准予', caseSteps)).toEqual({ title: '办结', rest: '：准予' })
    expect(timelineParts('suspended', '特别程序（hearing）：听证会', caseSteps)).toEqual({
      title: '特别程序',
      rest: '（听证）：听证会',
    })
    expect(timelineParts('claimed', '申请人账户认领办件', caseSteps)).toEqual({ title: '认领', rest: '：申请人账户认领办件' })
    expect(timelineParts('new-step', null, caseSteps)).toEqual({ title: 'new-step', rest: '' })
  })
})
