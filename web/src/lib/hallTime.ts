/**
 * Hall time (Asia/Shanghai, +08:00, no daylight saving) for display, whatever the browser's own zone. The API sends
 * instants with their offset and dates as yyyy-MM-dd.
 */
const hallOffsetMs = 8 * 60 * 60 * 1000

function hallParts(instant: string | Date) {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const shifted = new Date(date.getTime() + hallOffsetMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
    seconds: pad(shifted.getUTCSeconds()),
  }
}

/** "2026-12-02 09:30" in hall time; an empty string for no value. */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return ''
  const parts = hallParts(instant)
  return `${parts.date} ${parts.time}`
}

export function formatTime(instant: string | null | undefined): string {
  return instant ? hallParts(instant).time : ''
}

/** Today's date in the hall (yyyy-MM-dd). */
export function hallToday(now: Date = new Date()): string {
  return hallParts(now).date
}

/** "2026年12月2日" for printed notices. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
