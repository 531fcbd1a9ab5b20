import { api } from '../../api/http'

/** The supervision service's answers (services/Supervision/**); rates are fractions, null over zero cases. */
export interface LiveFigures {
  date: string
  accepted: number
  completed: number
  onTheSpot: number
  onTime: number
  acceptedByDepartment: Record<string, number>
  completedByDepartment: Record<string, number>
}

export interface EfficiencyMetrics {
  from: string
  to: string
  accepted: number
  instantAccepted: number
  instantShare: number | null
  completed: number
  onTheSpot: number
  onTheSpotRate: number | null
  onTime: number
  onTimeRate: number | null
  completedLate: number
  timeSavedWorkingDays: number
  averageWorkingDaysUsed: number | null
  openOverdue: number
  /** Accepted cases of the period by the channel they came by. */
  byChannel: ChannelCounts
  /** 零跑动率 and 最多跑一次率 over the accepted cases of the period. */
  zeroVisitShare: number | null
  atMostOneVisitShare: number | null
}

export interface ChannelCounts {
  window: number
  online: number
  agent: number
}

export interface RankingRow {
  key: string
  accepted: number
  completed: number
  onTheSpotRate: number | null
  onTimeRate: number | null
  timeSavedWorkingDays: number
}

/** A row of the 服务网点 ranking (GET /rankings/points): keyed by point code, with its name and level. */
export interface PointRankingRow extends RankingRow {
  name: string | null
  level: string | null
  byChannel?: ChannelCounts | null
  zeroVisitShare?: number | null
  atMostOneVisitShare?: number | null
}

export interface SeriesPoint {
  period: string
  accepted: number
  completed: number
  onTheSpot: number
  onTime: number
}

export interface WarningAudit {
  at: string
  who: string
  action: string
  note: string | null
}

export interface Warning {
  id: string
  caseNo: string
  departmentCode: string
  level: 'yellow' | 'red'
  dueDate: string
  dueDateProvisional: boolean
  raisedDate: string
  status: string
  clearedDate: string | null
  trail: WarningAudit[]
}

export interface RatingRow {
  key: string
  ratings: number
  good: number
  bad: number
  goodRate: number | null
}

export interface Rectification {
  id: string
  caseNo: string
  departmentCode: string
  windowNo: string | null
  score: number
  category: string | null
  comment: string | null
  openedDate: string
  deadlineDate: string
  status: string
  closedDate: string | null
  resolution: string | null
  deadlineProvisional: boolean
}

export interface Reconciliation {
  from: string
  to: string
  intakeAccepted: number
  supervisionAccepted: number
  intakeCompleted: number
  supervisionCompleted: number
  balanced: boolean
  differences: { date: string; field: string; intake: number; supervision: number }[]
}

export interface ApprovalFigures {
  stagesCompleted: number
  stagesOnTime: number
  stageOnTimeRate: number | null
  averageStageWorkingDaysUsed: number | null
  averageSerialWorkingDays: number | null
  averageSavedWorkingDays: number | null
  totalSavedWorkingDays: number
  tasksCompleted: number
  tasksOnTime: number
  taskOnTimeRate: number | null
  projectsCompleted: number
}

export interface TradingFigures {
  byProcedure: Record<string, number>
  awarded: number
  failed: number
  budgetTotal: number
  awardTotal: number
  savingRate: number | null
  averageValidBids: number | null
  objectionsRaised: number
  objectionsUpheld: number
  contractsSignedOnTime: number
  contractsOnTimeRate: number | null
}

export interface Department {
  code: string
  name: string
}

export type Period = { from: string; to: string }

/** A period with the service-point filters: one point (its code) or one level (county, town or village). */
export type Filter = Period & { point?: string; level?: string }

const base = '/api/supervision'

export const supervision = {
  live: () => api.get<LiveFigures>(`${base}/live`),
  metrics: (p: Filter) => api.get<EfficiencyMetrics>(`${base}/metrics`, p),
  ranking: (dimension: 'departments' | 'windows', p: Filter) =>
    api.get<RankingRow[]>(`${base}/rankings/${dimension}`, p),
  pointRanking: (p: Filter) => api.get<PointRankingRow[]>(`${base}/rankings/points`, p),
  series: (p: Filter, granularity: 'day' | 'month') => api.get<SeriesPoint[]>(`${base}/series`, { ...p, granularity }),
  warnings: (filter: { level?: string; status?: string; department?: string }) =>
    api.get<Warning[]>(`${base}/warnings`, filter),
  evaluate: () => api.post<{ raised: number }>(`${base}/warnings/evaluate`),
  appeal: (id: string, reason: string) => api.post<Warning>(`${base}/warnings/${id}/appeal`, { reason }),
  decide: (id: string, outcome: 'upheld' | 'revoked', note: string) =>
    api.post<Warning>(`${base}/warnings/${id}/decide`, { outcome, note }),
  ratings: (dimension: 'departments' | 'windows', p: Period) =>
    api.get<RatingRow[]>(`${base}/ratings/${dimension}`, p),
  rectifications: (status?: string) => api.get<Rectification[]>(`${base}/rectifications`, { status }),
  closeRectification: (id: string, resolution: string) =>
    api.post<Rectification>(`${base}/rectifications/${id}/close`, { resolution }),
  reconciliation: (p: Period) => api.get<Reconciliation>(`${base}/reconciliation`, p),
  approval: (p: Period) => api.get<ApprovalFigures>(`${base}/approval`, p),
  trading: (p: Period) => api.get<TradingFigures>(`${base}/trading`, p),
  feedTicket: () => api.post<{ ticket: string; expiresAt: string }>(`${base}/feed/ticket`),
  departments: () => api.get<Department[]>('/api/catalogue/departments', undefined, { anonymous: true }),
}
