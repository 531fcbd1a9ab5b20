/** The queue's answers (取号 / 叫号) and the little logic the kiosk and the display screen share. */

export interface TicketIssued {
  ticketNo: string
  line: string
  ahead: number
  estimatedWaitMinutes: number
}

export interface LineView {
  line: string
  waiting: number
}

/** One call of a ticket to a window, as the display shows it. */
export interface CallEntry {
  ticketNo: string
  windowNo: string
  line: string
  calledAt: string
  /** How many times it has been called (a recall counts again): a recall is a new call to announce. */
  calls: number
}

/** "约 12 分钟", "无需等候" for none. */
export function waitText(minutes: number): string {
  if (minutes <= 0) return '无需等候'
  if (minutes < 60) return `约 ${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `约 ${hours} 小时` : `约 ${hours} 小时 ${rest} 分钟`
}

/** The key a call is announced by: the same ticket called again at a window is a new call. */
export function callKey(call: CallEntry): string {
  return `${call.ticketNo}@${call.windowNo}#${call.calls}`
}

/** Each window's latest call, most recent first. */
export function latestPerWindow(calls: CallEntry[]): CallEntry[] {
  const byWindow = new Map<string, CallEntry>()
  for (const call of calls) {
    const known = byWindow.get(call.windowNo)
    if (!known || Date.parse(call.calledAt) > Date.parse(known.calledAt)) byWindow.set(call.windowNo, call)
  }
  return [...byWindow.values()].sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt))
}

/** The calls not seen before (none on the first poll: a screen switched on does not announce old calls). */
export function newCalls(seen: Set<string> | null, calls: CallEntry[]): CallEntry[] {
  if (seen === null) return []
  return calls.filter((c) => !seen.has(callKey(c)))
}

/** Seconds left before the kiosk returns to its start, never below 0. */
export function secondsLeft(shownAt: number, now: number, total = 20): number {
  return Math.max(0, total - Math.floor((now - shownAt) / 1000))
}
