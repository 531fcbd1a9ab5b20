/** The shapes the approver console reads (intake's CaseListItem and CaseView, approval's TaskView). */
export interface TimelineEntry {
  at: string
  step: string
  note: string | null
}

export interface CaseListItem {
  caseNo: string
  matterCode: string
  matterName: string
  departmentCode: string
  departmentName: string | null
  applicant: string
  status: string
  statusLabel?: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional?: boolean
  workingDaysLeft: number | null
  warning: string
  windowNo: string | null
  suspendedSince: string | null
  completedAt: string | null
  onTime: boolean | null
}

export interface CaseView {
  caseNo: string
  matterCode: string
  matterName: string
  departmentCode: string
  handlingKind: string
  statutoryLimitDays: number | null
  promisedLimitDays: number
  extensionDays: number
  applicantType: string
  applicant: string
  applicantId: string
  applicantPhone: string | null
  responsibleStaff: string | null
  windowNo: string | null
  status: string
  statusLabel?: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional: boolean
  suspendedWorkingDays: number
  completedAt: string | null
  result: string | null
  decisionNo: string | null
  workingDaysUsed: number | null
  workingDaysProvisional: boolean
  onTheSpot: boolean | null
  onTime: boolean | null
  ratingScore: number | null
  timeline: TimelineEntry[]
}

export interface TaskView {
  taskNo: string
  stageNo: string
  projectCode: string
  stage: number
  departmentCode: string
  departmentName: string
  matterCode: string
  matterName: string
  statutoryLimitDays: number | null
  promisedLimitDays: number
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

export const stageNames = ['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收']

export function stageName(stage: number): string {
  return stageNames[stage - 1] ?? `第 ${stage} 阶段`
}
