import { describe, expect, it } from 'vitest'
import { countdown, urgencyOf } from './workingDays'
import { chineseDate, formatInstant, hallToday } from './hallTime'

describe('working-day countdown', () => {
  it('reads days left, due today and overdue with their colours', () => {
    expect(countdown(5)).toEqual({ text: '剩余 5 个工作日', urgency: 'none' })
    expect(countdown(1)).toEqual({ text: '剩余 1 个工作日', urgency: 'yellow' })
    expect(countdown(0)).toEqual({ text: '今日到期', urgency: 'yellow' })
    expect(countdown(-2)).toEqual({ text: '已超期 2 个工作日', urgency: 'red' })
  })
  it('says done for a completed case and a dash when unknown', () => {
    expect(countdown(3, true).urgency).toBe('done')
    expect(countdown(null).text).toBe('—')
  })
  it('lets the server warning win', () => {
    expect(urgencyOf('red', 'none')).toBe('red')
    expect(urgencyOf('none', 'yellow')).toBe('yellow')
  })
})

describe('hall time', () => {
  it('shows instants in +08:00 whatever offset they came with', () => {
    expect(formatInstant('2026-12-01T17:30:00Z')).toBe('2026-12-02 01:30')
    expect(formatInstant('2026-12-02T09:15:00+08:00')).toBe('2026-12-02 09:15')
  })
  it('knows the hall date near midnight UTC', () => {
    expect(hallToday(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02')
    expect(chineseDate('2026-12-02')).toBe('2026年12月2日')
  })
})
