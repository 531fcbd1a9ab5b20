import { api, type Page } from '../../api/http'

/** What the online and agent pages read from intake (the brief's API: files, online applications, 代办). */
export type ApplicationStatus =
  | 'pending-review'
  | 'awaiting-handover'
  | 'awaiting-supplement'
  | 'accepted'
  | 'rejected'

export type Channel = 'window' | 'online' | 'agent'

export interface StoredFileView {
  id: string
  fileName: string
  contentType: string
  size: number
  sha256: string
  purpose: 'material' | 'result'
}

export interface ApplicationMaterial {
  name: string
  required: boolean
  status: string
  fileId: string | null
  fileName: string | null
  sha256: string | null
  paperOriginal: boolean
  note: string | null
}

/** The 受理通知书's facts (the same Receipt record the window gives). */
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
  responsibleStaff: string
  windowNo: string | null
  tracking: string
}

/** GET /api/intake/online/applications/{id} (the agent's answers have the same shape). */
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
  applicant: { type: string; name: string; idNumber: string }
  materials: ApplicationMaterial[]
  notice: string[] | null
  reason: string | null
  legalBasis: string | null
  caseNo: string | null
  receipt: Receipt | null
  transferSlipNo: string | null
  consent: string | null
  handedOverAt: string | null
  visits: number
}

/** One line of a list of applications (the applicant's own, the agent's point's). */
export interface ApplicationListItem {
  id: string
  matterCode: string
  matterName: string
  departmentName: string
  channel: Channel
  pointCode: string | null
  applicantName: string
  status: ApplicationStatus
  statusLabel: string
  submittedAt: string
  transferSlipNo: string | null
  handedOverAt?: string | null
  caseNo: string | null
}

export interface ApplicantInput {
  type: 'natural' | 'legal'
  name: string
  idNumber: string
  phone: string | null
}

export interface OnlineApplicationRequest {
  matterCode: string
  applicant: ApplicantInput
  materials: { name: string; fileId: string | null; paperOriginal: boolean }[]
}

const online = '/api/intake/online/applications'

export const onlineApi = {
  submit: (request: OnlineApplicationRequest, key: string) =>
    api.post<ApplicationView>(online, request, { headers: { 'Idempotency-Key': key } }),
  mine: (page = 1, pageSize = 20) => api.get<Page<ApplicationListItem>>(online, { page, pageSize }),
  application: (id: string) => api.get<ApplicationView>(`${online}/${encodeURIComponent(id)}`),
  supplement: (id: string, materials: { name: string; fileId: string }[]) =>
    api.post<ApplicationView>(`${online}/${encodeURIComponent(id)}/supplement`, { materials }),
}
