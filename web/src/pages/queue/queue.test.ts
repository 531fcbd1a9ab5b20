import { describe, expect, it } from 'vitest'
import { callKey, latestPerWindow, newCalls, secondsLeft, waitText, type CallEntry } from './queue'

const call = (ticketNo: string, windowNo: string, at: string, calls = 1): CallEntry => ({
  ticketNo,
  windowNo,
  line: 'SCJGJ',
  calledAt: `2026-12-02T${at}:00+08:00`,
  calls,
})

describe('queue display', () => {
  it('keeps each window latest call, most recent first', () => {
    const calls = [call('A001', 'A01', '09:00'), call('A003', 'A01', '09:10'), call('A002', 'B05', '09:05')]
    expect(latestPerWindow(calls).map((c) => `${c.ticketNo}@${c.windowNo}`)).toEqual(['A003@A01', 'A002@B05'])
  })
  it('announces only calls not seen before, and none on the first poll', () => {
    const first = [call('A001', 'A01', '09:00')]
    expect(newCalls(null, first)).toEqual([])
    const seen = new Set(first.map(callKey))
    const recall = call('A001', 'A01', '09:00', 2)
    const next = call('A002', 'A02', '09:01')
    expect(newCalls(seen, [...first, recall, next])).toEqual([recall, next])
  })
})

describe('kiosk', () => {
  it('reads the estimated wait', () => {
    expect(waitText(0)).toBe('无需等候')
    expect(waitText(18)).toBe('约 18 分钟')
    expect(waitText(60)).toBe('约 1 小时')
    expect(waitText(75)).toBe('约 1 小时 15 分钟')
  })
  it('counts down to the start screen', () => {
    expect(secondsLeft(0, 0)).toBe(20)
    expect(secondsLeft(0, 5_500)).toBe(15)
    expect(secondsLeft(0, 25_000)).toBe(0)
  })
})
