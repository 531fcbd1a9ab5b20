import { api, type Page } from '../../api/http'
import type { ApplicantType, ApplicationResponse, CaseView, MaterialStatus } from './windowApi'
import type { ApplicationListItem, ApplicationStatus, Channel } from '../online/onlineApi'

export type { ApplicationStatus, Channel }

/** One row of the 预审 queue (GET /api/intake/applications?status=…), oldest first: the applications' list item. */
export type QueueItem = ApplicationListItem

export interface SubmittedMaterial {
  name: string
  required: boolean
  status: MaterialStatus
  fileId: string | null
  fileName: string | null
  sha256: string | null
  paperOriginal: boolean
  note: string | null
}

/** An online or agent application (GET /api/intake/online/applications/{id}): the applicant masked. */
export interface ApplicationView {
  id: string
  matterCode: string
  matterName: string
  departmentName: string
  channel: Channel
  pointCode: string | null
  status: ApplicationStatus
  statusLabel: string
  submittedAt: string
  applicant: { type: ApplicantType; name: string; idNumber: string }
  materials: SubmittedMaterial[]
  notice: string[] | null
  reason: string | null
  legalBasis: string | null
  caseNo: string | null
  transferSlipNo: string | null
  consent: string | null
  handedOverAt: string | null
  visits: number
}

export type ReviewOutcome = 'accept' | 'notice' | 'reject'

export interface ReviewRequest {
  outcome: ReviewOutcome
  windowNo: string
  materials: { name: string; status: MaterialStatus; note?: string }[]
  notice: string[] | null
  reason: string | null
  legalBasis: string | null
}

/** The hall's receipt of an agent's paper materials (代办交接). */
export interface HandoverReceipt {
  applicationId: string
  slipNo: string
  receivedAt: string
  receivedBy: string
  pointCode: string
}

export type DeliveryMethod = 'window' | 'post' | 'electronic'

/** The case as staff see it, with the channel, visits and delivery fields. */
export interface DeliveredCaseView extends CaseView {
  statusLabel: string
  channel: Channel
  pointCode: string | null
  pointLevel: string | null
  visits: number
  deliveryMethod: DeliveryMethod | null
  deliveredAt: string | null
  trackingNumber: string | null
  resultFileId: string | null
  resultFileSha256: string | null
}

export interface DeliveryRequest {
  method: DeliveryMethod
  trackingNumber?: string
  fileId?: string
}

const applications = '/api/intake/applications'
const applicationPath = (id: string) => `${applications}/${encodeURIComponent(id)}`
const casePath = (caseNo: string) => `/api/intake/cases/${encodeURIComponent(caseNo)}`

export const onlineApi = {
  queue: (status: ApplicationStatus, page = 1, pageSize = 50) =>
    api.get<Page<QueueItem>>(applications, { status, page, pageSize }),
  application: (id: string) =>
    api.get<ApplicationView>(`/api/intake/online/applications/${encodeURIComponent(id)}`),
  review: (id: string, request: ReviewRequest) =>
    api.post<ApplicationResponse>(`${applicationPath(id)}/review`, request),
  handover: (id: string, slipNo: string) => api.post<HandoverReceipt>(`${applicationPath(id)}/handover`, { slipNo }),
  case: (caseNo: string) => api.get<DeliveredCaseView>(casePath(caseNo)),
  completedAtWindow: (windowNo: string) =>
    api.get<Page<{ caseNo: string; matterName: string; applicant: string; completedAt: string | null }>>(
      '/api/intake/cases',
      { window: windowNo, status: 'completed', sort: '-acceptedAt', pageSize: 20 },
    ),
  deliver: (caseNo: string, request: DeliveryRequest) =>
    api.post<DeliveredCaseView>(`${casePath(caseNo)}/delivery`, request),
}

/**
 * The awaiting-handover application whose transfer slip has this number, read page by page from the queue (the
 * hall receives a few dozen slips a day), or null.
 */
export async function applicationBySlip(slipNo: string): Promise<QueueItem | null> {
  for (let page = 1; page <= 20; page++) {
    const answer = await onlineApi.queue('awaiting-handover', page, 100)
    const found = answer.items.find((item) => item.transferSlipNo?.toUpperCase() === slipNo)
    if (found) return found
    if (page * answer.pageSize >= answer.total) return null
  }
  return null
}
