/** What the applicant pages read: intake's CaseStatusView, approval's project and its timeline. */
export interface TimelineEntry {
  at: string
  step: string
  note: string | null
}

export interface MyCase {
  caseNo: string
  matterName: string
  applicant: string
  status: string
  statusLabel?: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional: boolean
  completedAt: string | null
  result: string | null
  timeline: TimelineEntry[]
  /** 渠道、跑动次数与送达 (absent from an intake that predates them). */
  channel?: string
  visits?: number
  deliveryMethod?: string | null
  deliveredAt?: string | null
  trackingNumber?: string | null
  resultFileId?: string | null
  resultFileSha256?: string | null
}

export interface ProjectView {
  code: string
  name: string
  applicantName: string
  applicantCreditCode: string | null
  investmentKind: string
  location: string
  ownerAccount: string | null
  agentAccount: string | null
  registeredAt: string
  imported: boolean
  trackingCode: string | null
}

export interface StageTask {
  taskNo: string
  departmentName: string
  matterName: string
  status: string
  holder: string | null
  dueDate: string
  dueDateProvisional: boolean
  workingDaysLeft: number | null
  decisionNo: string | null
  conditions: string | null
  reason: string | null
  decidedAt: string | null
  workingDaysUsed: number | null
  onTime: boolean | null
}

export interface StageEvent {
  at: string
  step: string
  by: string
  note: string | null
}

export interface SupplementRound {
  taskNo: string
  departmentCode: string
  items: string[]
  requestedAt: string
  answeredAt: string | null
}

export interface StageView {
  stageNo: string
  stage: number
  name: string
  status: string
  holder: string | null
  leadDepartmentCode: string
  submittedAt: string
  notice: string[]
  rejectionReason: string | null
  deferred: { items: string[]; dueDate: string | null; promise: string | null; overdue: boolean } | null
  acceptedAt: string | null
  dueDate: string | null
  dueDateProvisional: boolean
  workingDaysLeft: number | null
  limitDays: number
  serialWorkingDays: number
  suspendedWorkingDays: number
  stoppedSince: string | null
  completedAt: string | null
  workingDaysUsed: number | null
  savedWorkingDays: number | null
  onTime: boolean | null
  tasks: StageTask[]
  supplements: SupplementRound[]
  history: StageEvent[]
}

export interface ProjectTimeline {
  project: ProjectView
  stages: StageView[]
}
