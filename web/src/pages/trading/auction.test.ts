import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../api/problem'
import { auctionStatusText, bidAmountProblem, bidTime, keepKeyAfter, nextMinimum, prefill } from './auction'

describe('the auction room', () => {
  it('asks for the start price first, then the highest plus the increment (in cents)', () => {
    expect(nextMinimum(1_000_000, 50_000, null)).toBe(1_000_000)
    expect(nextMinimum(1_000_000, 50_000, 1_000_000)).toBe(1_050_000)
    expect(nextMinimum(0.1, 0.2, 0.1)).toBe(0.3)
    expect(prefill(1_050_000)).toBe('1050000.00')
  })

  it('refuses empty, malformed and too low amounts, naming the minimum', () => {
    expect(bidAmountProblem(' ', 100)).toBe('请填写应价金额（元）。')
    expect(bidAmountProblem('1,000', 100)).toContain('最多两位小数')
    expect(bidAmountProblem('12.345', 1)).toContain('最多两位小数')
    expect(bidAmountProblem('1049999.99', 1_050_000)).toBe('应价不得低于 1050000.00 元（当前最低可接受的应价）。')
    expect(bidAmountProblem('1050000', 1_050_000)).toBeNull()
    expect(bidAmountProblem('0.30', nextMinimum(0.1, 0.2, 0.1))).toBeNull()
  })

  it('keeps the Idempotency-Key only when the answer was lost or the server failed', () => {
    expect(keepKeyAfter(new TypeError('Failed to fetch'))).toBe(true)
    expect(keepKeyAfter(new ApiProblem(503, { title: '暂不可用' }))).toBe(true)
    expect(keepKeyAfter(new ApiProblem(422, { detail: '应价过低' }))).toBe(false)
    expect(keepKeyAfter(new ApiProblem(409, { detail: '竞价未开始' }))).toBe(false)
  })

  it('says where the auction stands', () => {
    expect(auctionStatusText({ status: 'bidding', openedAt: null, closedAt: null })).toBe('尚未开始竞价')
    expect(auctionStatusText({ status: 'auctioning', openedAt: '2026-12-02T10:00:00+08:00', closedAt: null }))
      .toBe('竞价进行中')
    expect(auctionStatusText({ status: 'awarded', openedAt: 'x', closedAt: 'y' })).toBe('竞价已结束')
  })

  it('shows bid times to the second in hall time', () => {
    expect(bidTime('2026-12-02T02:15:07.123Z')).toBe('2026-12-02 10:15:07')
  })
})
