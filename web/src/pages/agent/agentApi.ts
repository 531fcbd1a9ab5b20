import { api, type Page } from '../../api/http'
import { decodeClaims, session } from '../../auth/session'
import type { MatterGuide, MatterSummary } from '../public/catalogue'
import type { ServicePoint } from '../public/points'
import type { ApplicantInput, ApplicationListItem, ApplicationView } from '../online/onlineApi'

/** What the agent console calls (代办: the brief's agent API, the catalogue's points and matters by level). */
export interface AgentApplicationRequest {
  matterCode: string
  applicant: ApplicantInput
  consent: string
  materials: { name: string }[]
}

/** A case of the agent's point (GET /api/intake/agent/cases, intake's CaseView): the columns the console shows. */
export interface AgentCase {
  caseNo: string
  matterName: string
  applicant: string
  status: string
  statusLabel: string
  acceptedAt: string
  dueDate: string
  deliveryMethod?: string | null
  deliveredAt?: string | null
  visits?: number
}

/** The agent's service point code: the token's `point` claim (null when the account has none). */
export function agentPointCode(): string | null {
  const claim = session.token ? decodeClaims(session.token).point : null
  return typeof claim === 'string' && claim ? claim : null
}

const agent = '/api/intake/agent'

export const agentApi = {
  point: (code: string) =>
    api.get<ServicePoint>(`/api/catalogue/points/${encodeURIComponent(code)}`, undefined, { anonymous: true }),
  /** 镇村代办项目目录: the matters a point of this level may take in. */
  matters: (level: string, keyword = '') =>
    api.get<Page<MatterSummary>>('/api/catalogue/matters', { level, keyword: keyword.trim(), pageSize: 100 },
      { anonymous: true }),
  guide: (code: string) =>
    api.get<MatterGuide>(`/api/catalogue/matters/${encodeURIComponent(code)}`, undefined, { anonymous: true }),
  submit: (request: AgentApplicationRequest, key: string) =>
    api.post<ApplicationView>(`${agent}/applications`, request, { headers: { 'Idempotency-Key': key } }),
  applications: (status: string, page: number, pageSize = 20) =>
    api.get<Page<ApplicationListItem>>(`${agent}/applications`, { status, page, pageSize }),
  cases: (page: number, pageSize = 20) => api.get<Page<AgentCase>>(`${agent}/cases`, { page, pageSize }),
}
