import type { Project } from '../trading/types'

/**
 * The trading officer's answers (services/Bidding, specs A–C of issue 11). Fields the backend adds to ProjectView
 * for the newer steps are optional: an older server simply leaves them out.
 */
export interface OfficerProject extends Project {
  candidates?: Candidate[] | null
  publicityEndsAt?: string | null
  contractDueAt?: string | null
  increment?: number | null
  reservePrice?: number | null
  completedAt?: string | null
}

export interface Candidate {
  rank: number
  bidId: string
  firm: string
  price: number
  score: number | null
}

/** One bid as the evaluation sheet shows it (decrypted once the opening has closed). */
export interface EvaluationBid {
  bidId: string
  firm: string
  price: number
  submittedAt: string
}

export interface BidScore {
  bidId: string
  technical?: number | null
  qualified?: boolean | null
  comment?: string | null
}

/** One expert's signed sheet: the SHA-256 of the canonical scores JSON, by the expert's account. */
export interface ScoreSheet {
  expertCode: string
  account: string
  submittedAt: string
  sha256: string
  scores: BidScore[]
}

/** A bid's place; rank is null for a bid a majority of the experts found unqualified. */
export interface RankedBid {
  rank: number | null
  bidId: string
  firm: string
  price: number
  qualified: boolean
  priceScore: number | null
  technicalScore: number | null
  total: number | null
}

export interface Evaluation {
  projectId: string
  status: string
  method: string
  priceWeight: number | null
  bids: EvaluationBid[]
  /** The drawn experts' codes. */
  experts: string[]
  sheets: ScoreSheet[]
  ranking: RankedBid[]
}

export interface Objection {
  objectionId: string
  projectId: string
  account: string
  firmName: string
  text: string
  raisedAt: string
  decidedAt: string | null
  upheld: boolean | null
  reply: string | null
}

export interface OverdueContract {
  projectId: string
  name: string
  winner?: string | null
  awardedAt: string
  contractDueAt: string
  daysOverdue: number
}

export interface RegistrationView {
  registrationId: string
  firmName: string
  firmCreditCode?: string
  registeredAt: string
  qualified?: boolean | null
  reason?: string | null
  reviewedAt?: string | null
}

export interface AuctionBid {
  seq: number
  /** 竞买号 */
  paddle: number
  amount: number
  at: string
}

export interface AuctionState {
  projectId: string
  status: string
  startPrice: number
  increment: number
  highest?: AuctionBid | null
  bidCount: number
  recentBids: AuctionBid[]
  nextMinimum: number | null
  openedAt?: string | null
  closedAt?: string | null
  /** Only after the close (the officer's project view has it before). */
  reservePrice: number | null
  myPaddle?: number | null
}

export interface Room {
  code: string
  name: string
  kind: string
}

export interface Booking {
  bookingId: string
  roomCode: string
  projectId?: string | null
  purpose: string
  from: string
  to: string
  bookedBy?: string | null
}

export interface Recording {
  recordingId: string
  kind: string
  drawId?: string | null
  roomCode?: string | null
  startedAt: string
  endedAt: string
  uri?: string | null
  sha256: string
  retainUntil: string
  /** An open objection holds the purge. */
  onHold?: boolean
  purgedAt?: string | null
}

export interface Assignment {
  projectId: string
  name: string
  procedure: string
  status: string
  expertCode: string
  scored: boolean
}
