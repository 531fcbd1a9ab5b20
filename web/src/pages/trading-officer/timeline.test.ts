import { describe, expect, it } from 'vitest'
import { bookingProblems, bookingRequest, layoutDay, overlaps, type BookingForm } from './timeline'

describe('a room day as a timeline', () => {
  it('places bookings by hall time and clips those crossing midnight', () => {
    const bars = layoutDay('2026-12-02', [
      { id: 'a', from: '2026-12-02T09:00:00+08:00', to: '2026-12-02T12:00:00+08:00', label: '开标' },
      { id: 'b', from: '2026-12-02T01:00:00Z', to: '2026-12-02T02:00:00Z', label: '九点到十点（UTC 写法）' },
      { id: 'c', from: '2026-12-02T22:00:00+08:00', to: '2026-12-03T02:00:00+08:00', label: '跨夜' },
      { id: 'd', from: '2026-12-03T09:00:00+08:00', to: '2026-12-03T10:00:00+08:00', label: '次日' },
    ])
    expect(bars.map((b) => b.id)).toEqual(['b', 'a', 'c'])
    expect(bars[0]).toMatchObject({ left: 37.5, width: 4.17, lane: 0 })
    expect(bars[1]).toMatchObject({ left: 37.5, width: 12.5, lane: 1 })
    expect(bars[2]).toMatchObject({ left: 91.67, width: 8.33, lane: 0 })
  })
  it('treats intervals as half-open', () => {
    const nine = { from: '2026-12-02T09:00:00+08:00', to: '2026-12-02T10:00:00+08:00' }
    expect(overlaps(nine, { from: '2026-12-02T10:00:00+08:00', to: '2026-12-02T11:00:00+08:00' })).toBe(false)
    expect(overlaps(nine, { from: '2026-12-02T09:59:00+08:00', to: '2026-12-02T11:00:00+08:00' })).toBe(true)
    const bars = layoutDay('2026-12-02', [
      { id: 'x', ...nine, label: '' },
      { id: 'y', from: '2026-12-02T10:00:00+08:00', to: '2026-12-02T11:00:00+08:00', label: '' },
    ])
    expect(bars.map((b) => b.lane)).toEqual([0, 0])
  })
})

describe('booking form', () => {
  const now = new Date('2026-12-02T08:00:00+08:00').getTime()
  const form: BookingForm = { roomCode: 'K1', projectId: '', purpose: '开标', date: '2026-12-02', fromTime: '09:00', toTime: '10:30' }
  it('sends hall-time instants with their offset', () => {
    expect(bookingProblems(form, now)).toEqual({})
    expect(bookingRequest(form)).toEqual({
      projectId: null,
      purpose: '开标',
      from: '2026-12-02T09:00:00+08:00',
      to: '2026-12-02T10:30:00+08:00',
    })
  })
  it('refuses an empty, reversed, too long or past booking', () => {
    expect(bookingProblems({ ...form, purpose: ' ', roomCode: '' }, now)).toMatchObject({ purpose: expect.any(String), roomCode: expect.any(String) })
    expect(bookingProblems({ ...form, toTime: '09:00' }, now).to).toContain('晚于')
    expect(bookingProblems({ ...form, fromTime: '08:30', toTime: '21:00' }, now).to).toContain('12 小时')
    expect(bookingProblems({ ...form, fromTime: '07:00' }, now).from).toContain('过去')
    expect(bookingProblems({ ...form, projectId: 'abc' }, now).projectId).toBeDefined()
  })
})
