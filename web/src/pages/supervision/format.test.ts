import { describe, expect, it } from 'vitest'
import {
  channelRows,
  daysBefore,
  decimal,
  departmentRows,
  filterLabel,
  monthStart,
  percent,
  previousMonth,
  yearStart,
} from './format'

describe('supervision figures', () => {
  it('prints rates as percentages with one decimal, and nothing over zero cases', () => {
    expect(percent(0.9346)).toBe('93.5%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(0)).toBe('0.0%')
    expect(percent(null)).toBe('—')
    expect(decimal(2.25, 1)).toBe('2.3')
  })

  it('finds periods from a hall date', () => {
    expect(monthStart('2026-12-02')).toBe('2026-12-01')
    expect(yearStart('2026-12-02')).toBe('2026-01-01')
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28')
    expect(previousMonth('2026-01-15')).toBe('2025-12')
    expect(previousMonth('2026-12-02')).toBe('2026-11')
  })

  it('ranks departments by completions, then acceptances, with their names', () => {
    const rows = departmentRows({ A: 3, B: 1 }, { B: 2 }, { A: '甲局' })
    expect(rows.map((r) => r.code)).toEqual(['B', 'A'])
    expect(rows[1]).toEqual({ code: 'A', name: '甲局', accepted: 3, completed: 0 })
  })

  it('shows the channels with their shares, and none over zero cases', () => {
    const rows = channelRows({ window: 2, online: 1, agent: 1 })
    expect(rows.map((r) => [r.label, r.count, percent(r.share)])).toEqual([
      ['窗口受理', 2, '50.0%'],
      ['网上申办', 1, '25.0%'],
      ['镇村代办', 1, '25.0%'],
    ])
    expect(channelRows(undefined).every((r) => r.count === 0 && r.share === null)).toBe(true)
  })

  it('names the filter', () => {
    expect(filterLabel('', '', {})).toBe('全部网点')
    expect(filterLabel('', 'town', {})).toBe('镇级网点')
    expect(filterLabel('510181-101', '', { '510181-101': '城关镇便民服务中心' })).toBe('城关镇便民服务中心')
  })
})
