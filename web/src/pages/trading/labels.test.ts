import { describe, expect, it } from 'vitest'
import { skewOf } from './hallClock'
import { label, procedureLabels, recordKindLabels, statusLabels, statusTag, timeLeft, yuan } from './labels'

describe('trading labels and countdowns', () => {
  it('counts down to a deadline by the hall clock and says nothing once it has passed', () => {
    const now = new Date('2026-12-02T09:00:00+08:00').getTime()
    expect(timeLeft('2026-12-05T10:30:00+08:00', now)).toBe('剩余 3 天 1 小时 30 分')
    expect(timeLeft('2026-12-02T11:05:00+08:00', now)).toBe('剩余 2 小时 5 分')
    expect(timeLeft('2026-12-02T09:01:30+08:00', now)).toBe('剩余 1 分 30 秒')
    expect(timeLeft('2026-12-02T09:00:00+08:00', now)).toBeNull()
  })
  it('measures the hall clock against the browser at the middle of the request', () => {
    const sent = new Date('2026-12-02T01:00:00Z').getTime()
    expect(skewOf('2026-12-07T09:00:00.100+08:00', sent, sent + 200)).toBe(5 * 24 * 3600 * 1000)
  })
  it('reads codes and amounts in Chinese', () => {
    expect(label(procedureLabels, 'fixed-price')).toBe('固定价比选')
    expect(label(procedureLabels, null)).toBe('—')
    expect(yuan(11986500)).toBe('11,986,500.00 元')
  })
})

describe('labels of every trading status', () => {
  it('names each public status in Chinese and colours it', () => {
    const codes = ['announced', 'bidding', 'opened', 'evaluating', 'candidates', 'auctioning', 'awarded', 'failed']
    for (const code of codes) {
      expect(label(statusLabels, code)).not.toBe(code)
    }
    expect(statusTag('candidates')).toBe('warning')
    expect(statusTag('awarded')).toBe('success')
    expect(label(recordKindLabels, 'objection-decided')).toBe('异议答复')
  })
})
