/** The trading API's answers the pages read (services/Bidding: ProjectView, OpeningView, SealedBidView, DrawView). */
export interface ProjectDocument {
  title: string
  url: string
}

export interface Amendment {
  at: string
  text: string
  bidDeadline: string
}

export interface Project {
  id: string
  name: string
  procedure: string
  category: string
  budget: number
  buyerName: string
  buyerCreditCode: string
  evaluationMethod: string
  priceWeight: number | null
  qualification: string | null
  documents: ProjectDocument[]
  amendments: Amendment[]
  status: string
  announcedAt: string
  bidDeadline: string
  openedAt: string | null
  keysDueAt: string | null
  validBids: number | null
  failureReason: string | null
  winner: string | null
  awardAmount: number | null
  awardedAt: string | null
  contractSignedAt: string | null
  /** 中标候选人公示: published from status candidates on; empty before (and after an upheld objection). */
  candidates?: Candidate[] | null
  publicityEndsAt?: string | null
  /** awardedAt + 30 days: the contract is due by then. */
  contractDueAt?: string | null
  /** Auctions: 加价幅度; the reserve price is shown only after the auction closed. */
  increment?: number | null
  reservePrice?: number | null
  /** 竣工 of an awarded fixed-price project. */
  completedAt?: string | null
}

export interface Candidate {
  rank: number
  bidId: string
  firm: string
  price: number
  score?: number | null
}

/** 异议 of a bidder during the publicity, with the trading centre's decision (services/Bidding: ObjectionView). */
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

export interface OpenedBid {
  bidId: string
  firmName: string
  firmCreditCode: string
  submittedAt: string
  plaintextSha256: string
  status: string
  price: number | null
  note: string | null
}

export interface Opening {
  projectId: string
  status: string
  openedAt: string
  keysDueAt: string
  closedAt: string | null
  validBids: number | null
  bids: OpenedBid[]
}

export interface SealedBidView {
  bidId: string
  firmName: string
  firmCreditCode: string
  submittedAt: string
  plaintextSha256: string
  status: string
}

export interface BidReceipt {
  bidId: string
  submittedAt: string
  plaintextSha256: string
}

export interface DrawExclusion {
  candidate: string
  reason: string
}

export interface DrawView {
  drawId: string
  projectId: string | null
  purpose: string
  specialty: string | null
  count: number
  commitment: string
  secret: string | null
  candidates: string[] | null
  selected: string[] | null
  excluded: DrawExclusion[]
  scheduledAt: string
  drawnAt: string | null
}

export interface ServerVerification {
  valid: boolean
  brokenAt: number | null
  entries: number
  headHash: string | null
}
