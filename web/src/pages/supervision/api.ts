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
}

export interface RankingRow {
  key: string
  accepted: number
  completed: number
  onTheSpotRate: number | null
  onTimeRate: number | null
  timeSavedWorkingDays: number
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

const base = '/api/supervision'

export const supervision = {
  live: () => api.get<LiveFigures>(`${base}/live`),
  metrics: (p: Period) => api.get<EfficiencyMetrics>(`${base}/metrics`, p),
  ranking: (dimension: 'departments' | 'windows', p: Period) =>
    api.get<RankingRow[]>(`${base}/rankings/${dimension}`, p),
  series: (p: Period, granularity: 'day' | 'month') => api.get<SeriesPoint[]>(`${base}/series`, { ...p, granularity }),
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
