import { api, type Page } from '../../api/http'

/** A hall window (GET /api/catalogue/windows): the lines it serves are department codes. */
export interface HallWindow {
  number: string
  name: string
  kind: 'comprehensive' | 'department'
  departmentCodes: string[]
}

export type TicketStatus = 'waiting' | 'called' | 'no-show' | 'served'

/** A queue ticket as the window sees it (TicketView). */
export interface Ticket {
  ticketNo: string
  line: string
  matterCode: string | null
  priority: boolean
  status: TicketStatus
  issuedAt: string
  calledAt: string | null
  windowNo: string | null
  calls: number
  waitSeconds: number | null
  serviceSeconds: number | null
}

export interface MatterMaterial {
  name: string
  required: boolean
  form: string
  medium: string
  copies: number
}

/** A published matter as intake knows it (GET /api/intake/matters). */
export interface IntakeMatter {
  code: string
  version: number
  name: string
  typeCode: string
  departmentCode: string
  departmentName: string
  handlingKind: 'instant' | 'promised'
  statutoryLimitDays: number | null
  promisedLimitDays: number
  materials: MatterMaterial[]
}

export type MaterialStatus = 'present' | 'missing' | 'defective'
export type Outcome = 'accept' | 'complete-now' | 'notice' | 'reject'
export type ApplicantType = 'natural' | 'legal'

export interface MaterialCheck {
  name: string
  status: MaterialStatus
  note?: string
}

export interface ApplicationRequest {
  matterCode: string
  windowNo: string
  applicant: { type: ApplicantType; name: string; idNumber: string; phone: string | null }
  materials: MaterialCheck[]
  outcome: Outcome
  notice: string[] | null
  reason: string | null
  legalBasis: string | null
  result: 'approved' | 'denied' | null
  decisionNo: string | null
  ticketNumber: string | null
}

export interface Receipt {
  caseNo: string
  matterCode: string
  matterName: string
  departmentName: string
  applicant: string
  applicantId: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional: boolean
  promisedLimitDays: number
  calendarVersion: string
  responsibleStaff: string
  windowNo: string | null
  tracking: string
}

/** A case as staff see it (GET /api/intake/cases/{caseNo}), the fields the printouts use. */
export interface CaseView {
  caseNo: string
  matterCode: string
  matterName: string
  departmentCode: string
  handlingKind: string
  promisedLimitDays: number
  applicant: string
  applicantId: string
  responsibleStaff: string | null
  windowNo: string | null
  status: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional: boolean
  completedAt: string | null
  result: string | null
}

export interface ApplicationResponse {
  applicationId: string
  status: 'accepted' | 'completed' | 'awaiting-supplement' | 'rejected'
  receipt: Receipt | null
  notice: string[] | null
  reason: string | null
  case: CaseView | null
}

/** One row of the window's cases of the day (GET /api/intake/cases?window=…). */
export interface CaseListItem {
  caseNo: string
  matterCode: string
  matterName: string
  departmentCode: string
  departmentName: string | null
  applicant: string
  status: string
  statusLabel: string
  acceptedAt: string
  dueDate: string
  workingDaysLeft: number | null
  warning: string
  windowNo: string | null
  completedAt: string | null
  onTime: boolean | null
}

/** The part of a matter's 办事指南 the printouts quote (GET /api/catalogue/matters/{code}). */
export interface MatterGuide {
  code: string
  name: string
  departmentName: string
  legalBasis: string | null
}

const queue = '/api/intake/queue'
const ticketPath = (number: string) => `${queue}/tickets/${encodeURIComponent(number)}`

export const windowApi = {
  windows: () => api.get<HallWindow[]>('/api/catalogue/windows'),
  matters: () => api.get<IntakeMatter[]>('/api/intake/matters'),
  /** The next ticket of the window's lines, or null when nobody is waiting (204). */
  async callNext(window: HallWindow): Promise<Ticket | null> {
    const answer = await api.post<Ticket | ''>(`${queue}/call`, {
      windowNo: window.number,
      lines: window.departmentCodes,
    })
    return answer ? answer : null
  },
  recall: (number: string, windowNo: string) =>
    api.post<Ticket>(`${ticketPath(number)}/recall`, { windowNo, lines: null }),
  noShow: (number: string) => api.post<Ticket>(`${ticketPath(number)}/no-show`),
  served: (number: string) => api.post<Ticket>(`${ticketPath(number)}/served`),
  transfer: (number: string, line: string) => api.post<Ticket>(`${ticketPath(number)}/transfer`, { line }),
  submit: (request: ApplicationRequest, key: string) =>
    api.post<ApplicationResponse>('/api/intake/applications', request, { headers: { 'Idempotency-Key': key } }),
  todaysCases: (windowNo: string, today: string) =>
    api.get<Page<CaseListItem>>('/api/intake/cases', {
      window: windowNo,
      acceptedFrom: today,
      status: 'all',
      sort: '-acceptedAt',
      pageSize: 100,
    }),
  case: (caseNo: string) => api.get<CaseView>(`/api/intake/cases/${encodeURIComponent(caseNo)}`),
  guide: (code: string) =>
    api.get<MatterGuide>(`/api/catalogue/matters/${encodeURIComponent(code)}`, undefined, { anonymous: true }),
}
