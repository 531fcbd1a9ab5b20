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
  firm: string
  price: number
  score?: number | null
  bidId?: string | null
}

/** One bid as the evaluation sheet shows it (decrypted once the opening has closed). */
export interface EvaluationBid {
  bidId: string
  firm: string
  price: number
  submittedAt?: string
}

export interface BidScore {
  bidId: string
  technical?: number | null
  qualified?: boolean | null
  comment?: string | null
}

/** One expert's signed submission. */
export interface ExpertScores {
  expertCode: string
  account?: string
  at: string
  sha256: string
  scores: BidScore[]
}

export interface RankedBid {
  rank: number
  bidId: string
  firm: string
  price: number
  priceScore?: number | null
  technical?: number | null
  total?: number | null
  qualified?: boolean | null
}

export interface Evaluation {
  projectId: string
  method: string
  priceWeight: number | null
  bids: EvaluationBid[]
  scores: ExpertScores[]
  ranking: RankedBid[]
  experts?: string[]
}

export interface Objection {
  objectionId: string
  firm?: string | null
  account?: string | null
  text: string
  raisedAt: string
  upheld?: boolean | null
  reply?: string | null
  decidedAt?: string | null
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
  paddleNumber?: number | null
}

export interface AuctionBid {
  paddleNumber?: number | null
  paddle?: number | null
  amount: number
  at: string
}

export interface AuctionState {
  status: string
  startPrice: number
  increment: number
  highest?: AuctionBid | null
  bidCount: number
  recentBids: AuctionBid[]
  nextMinimum: number | null
  openedAt?: string | null
  closedAt?: string | null
  reservePrice?: number | null
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
  retainUntil?: string | null
  purgedAt?: string | null
}

export interface Assignment {
  projectId: string
  name: string
  procedure: string
  status: string
  scored: boolean
  evaluationMethod?: string
}
