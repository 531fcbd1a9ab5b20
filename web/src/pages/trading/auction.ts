import { ApiProblem } from '../../api/problem'

/**
 * The auction room's view (GET /api/bidding/projects/{id}/auction, Spec B): the start price is the project's budget;
 * the first bid must reach it, every later bid the current highest plus the increment. The reserve price is
 * published only once the auction has closed.
 */
export interface AuctionBid {
  seq: number
  /** 竞买号: bids are published by number, never by firm. */
  paddle: number
  amount: number
  at: string
}

/** services/Bidding/Auctions/AuctionView: status is the project's (announced, bidding, auctioning, awarded, failed). */
export interface AuctionView {
  projectId: string
  status: string
  startPrice: number
  increment: number
  highest: AuctionBid | null
  bidCount: number
  /** The latest bids (at most 20), newest first. */
  recentBids: AuctionBid[]
  /** The least acceptable next bid while bids may come; null once the auction is over. */
  nextMinimum: number | null
  openedAt: string | null
  closedAt: string | null
  /** Published with the result only. */
  reservePrice: number | null
  /** The signed-in bidder's own 竞买号 (null: not registered, or not signed in, or before the start). */
  myPaddle: number | null
}

/** Cents, so that 0.1 + 0.2 style sums never decide whether a bid is high enough. */
const cents = (yuan: number) => Math.round(yuan * 100)

/** The least acceptable next bid: the start price before any bid, else the highest plus the increment. */
export function nextMinimum(startPrice: number, increment: number, highest: number | null): number {
  return highest === null ? startPrice : (cents(highest) + cents(increment)) / 100
}

/** Why a typed amount cannot be bid (in Chinese, naming the minimum), or null when it can. */
export function bidAmountProblem(text: string, minimum: number): string | null {
  const typed = text.trim()
  if (!typed) return '请填写应价金额（元）。'
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(typed)) return '应价金额应为金额（元），最多两位小数，例如 1250000.00。'
  if (cents(Number(typed)) < cents(minimum)) {
    return `应价不得低于 ${minimum.toFixed(2)} 元（当前最低可接受的应价）。`
  }
  return null
}

/** The amount the bid form starts with: the least acceptable bid, as the input shows it. */
export function prefill(minimum: number): string {
  return minimum.toFixed(2)
}

/**
 * Whether a failed attempt may be sent again with the same Idempotency-Key: only when no answer came back (network)
 * or the server failed (5xx) — the bid may have been taken. A problem answer (409, 422 …) is final: the next
 * attempt is a new bid with a new key.
 */
export function keepKeyAfter(error: unknown): boolean {
  if (error instanceof ApiProblem) return error.status >= 500
  return true
}

/** The auction's state in Chinese for the room's banner. */
export function auctionStatusText(view: Pick<AuctionView, 'status' | 'openedAt' | 'closedAt'>): string {
  if (view.closedAt) return '竞价已结束'
  if (view.openedAt) return '竞价进行中'
  return '尚未开始竞价'
}

/** "2026-12-02 10:15:07": bids seconds apart are told apart in the history (hall time). */
export function bidTime(at: string): string {
  return new Date(at).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false })
}
