import { hallInstant } from './announceForm'

/**
 * A room's bookings of one hall day as bars on a 24-hour line (left and width in per cent of the day), clipped to
 * the day; bookings that overlap (none should: the server refuses them) are put on separate lanes.
 */
export interface Bar {
  id: string
  left: number
  width: number
  lane: number
  label: string
}

export interface Span {
  id: string
  from: string
  to: string
  label: string
}

const dayMs = 24 * 60 * 60 * 1000

/** The hall day "2026-12-02" as [start, end) in ms since the epoch (+08:00, no daylight saving). */
export function hallDay(date: string): [number, number] {
  const start = new Date(`${date}T00:00:00+08:00`).getTime()
  return [start, start + dayMs]
}

export function layoutDay(date: string, spans: Span[]): Bar[] {
  const [start, end] = hallDay(date)
  const lanesEnd: number[] = []
  const bars: Bar[] = []
  const inDay = spans
    .map((s) => ({ ...s, a: new Date(s.from).getTime(), b: new Date(s.to).getTime() }))
    .filter((s) => s.b > start && s.a < end && s.b > s.a)
    .sort((x, y) => x.a - y.a || x.b - y.b)
  for (const s of inDay) {
    const a = Math.max(s.a, start)
    const b = Math.min(s.b, end)
    let lane = lanesEnd.findIndex((laneEnd) => laneEnd <= a)
    if (lane < 0) lane = lanesEnd.length
    lanesEnd[lane] = b
    bars.push({
      id: s.id,
      left: round(((a - start) / dayMs) * 100),
      width: round(((b - a) / dayMs) * 100),
      lane,
      label: s.label,
    })
  }
  return bars
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** Half-open intervals [from, to) overlap: a booking ending at 10:00 and one starting at 10:00 do not clash. */
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return new Date(a.from).getTime() < new Date(b.to).getTime() && new Date(b.from).getTime() < new Date(a.to).getTime()
}

export interface BookingForm {
  roomCode: string
  projectId: string
  purpose: string
  date: string
  /** "09:30" */
  fromTime: string
  toTime: string
}

/** What the page can tell before booking: the server checks the same, and the overlap with others' bookings. */
export function bookingProblems(form: BookingForm, now: number): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.roomCode) errors.roomCode = '请选择场地。'
  if (!form.purpose.trim()) errors.purpose = '请填写用途（如：某项目开标）。'
  if (form.projectId.trim() && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(form.projectId.trim())) {
    errors.projectId = '项目编号应为项目的 ID（可不填）。'
  }
  const { from, to } = bookingInterval(form)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date) || !/^\d{2}:\d{2}$/.test(form.fromTime) || !/^\d{2}:\d{2}$/.test(form.toTime)) {
    errors.from = '请选择日期和起止时间。'
    return errors
  }
  const a = new Date(from).getTime()
  const b = new Date(to).getTime()
  if (b <= a) errors.to = '结束时间应晚于开始时间。'
  else if (b - a > 12 * 60 * 60 * 1000) errors.to = '一次预约不超过 12 小时。'
  if (a < now) errors.from = '不能预约已经过去的时间。'
  return errors
}

export function bookingInterval(form: Pick<BookingForm, 'date' | 'fromTime' | 'toTime'>): { from: string; to: string } {
  return { from: hallInstant(`${form.date}T${form.fromTime}`), to: hallInstant(`${form.date}T${form.toTime}`) }
}

export function bookingRequest(form: BookingForm) {
  return { projectId: form.projectId.trim() || null, purpose: form.purpose.trim(), ...bookingInterval(form) }
}
