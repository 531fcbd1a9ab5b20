import { describe, expect, it } from 'vitest'
import { maxTechnical, rowsFor, scoreProblems, scoresRequest } from './scoreForm'

const bids = [
  { bidId: 'b1', firm: '甲公司', price: 100 },
  { bidId: 'b2', firm: '乙公司', price: 120 },
]

describe('the expert scoring sheet', () => {
  it('bounds technical scores by 100 minus the price weight', () => {
    expect(maxTechnical(30)).toBe(70)
    const rows = rowsFor(bids)
    expect(Object.keys(scoreProblems('weighted', 30, rows))).toEqual(['b1', 'b2'])
    rows[0].technical = 70
    rows[1].technical = 70.5
    expect(scoreProblems('weighted', 30, rows)).toEqual({ b2: '技术分应在 0 到 70 分之间。' })
    rows[1].technical = 55.125
    expect(scoreProblems('weighted', 30, rows).b2).toContain('两位小数')
    rows[1].technical = 55.25
    expect(scoreProblems('weighted', 30, rows)).toEqual({})
    expect(scoresRequest('weighted', rows)).toEqual({
      scores: [
        { bidId: 'b1', technical: 70, comment: undefined },
        { bidId: 'b2', technical: 55.25, comment: undefined },
      ],
    })
  })
  it('asks lowest-price for qualified yes/no, with a reason when not', () => {
    const rows = rowsFor(bids)
    rows[0].qualified = true
    expect(scoreProblems('lowest-price', null, rows)).toEqual({ b2: '请选择是否通过符合性评审。' })
    rows[1].qualified = false
    expect(scoreProblems('lowest-price', null, rows).b2).toContain('理由')
    rows[1].comment = ' 资质证书过期 '
    expect(scoreProblems('lowest-price', null, rows)).toEqual({})
    expect(scoresRequest('lowest-price', rows).scores[1]).toEqual({ bidId: 'b2', qualified: false, comment: '资质证书过期' })
  })
})
