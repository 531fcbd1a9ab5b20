import type { Ticket } from './windowApi'

/**
 * What the window console remembers: the clerk's window (per browser, localStorage: the clerk picks it once) and the
 * ticket being served (this tab only, sessionStorage: it is still there after printing a document and coming back).
 */
const windowKey = 'hall.window.number'
const ticketKey = 'hall.window.ticket'

export function rememberedWindow(): string {
  return localStorage.getItem(windowKey) ?? ''
}

export function rememberWindow(number: string) {
  if (number) localStorage.setItem(windowKey, number)
  else localStorage.removeItem(windowKey)
}

export function rememberedTicket(windowNo: string): Ticket | null {
  try {
    const raw = sessionStorage.getItem(ticketKey)
    const ticket = raw ? (JSON.parse(raw) as Ticket) : null
    return ticket && ticket.windowNo === windowNo && ticket.status === 'called' ? ticket : null
  } catch {
    return null
  }
}

export function rememberTicket(ticket: Ticket | null) {
  if (ticket) sessionStorage.setItem(ticketKey, JSON.stringify(ticket))
  else sessionStorage.removeItem(ticketKey)
}

/** The console's tab (收件, 预审, 代办交接, 送达) in this browser tab: back from a printout, the clerk is where they were. */
const tabKey = 'hall.window.tab'
export const consoleTabs = ['intake', 'review', 'handover', 'delivery'] as const
export type ConsoleTab = (typeof consoleTabs)[number]

export function rememberedTab(): ConsoleTab {
  const stored = sessionStorage.getItem(tabKey)
  return consoleTabs.find((t) => t === stored) ?? 'intake'
}

export function rememberTab(tab: ConsoleTab) {
  sessionStorage.setItem(tabKey, tab)
}
