import { creditCodeProblem, phoneProblem, residentIdProblem } from '../../lib/identifiers'
import type { ApplicantInput, ApplicationStatus, OnlineApplicationRequest, StoredFileView } from './onlineApi'

/** The words and checks of the online form (网上申办) and its application pages. */
export const statusLabels: Record<ApplicationStatus, string> = {
  'pending-review': '待预审',
  'awaiting-handover': '待交接',
  'awaiting-supplement': '待补正',
  accepted: '已受理',
  rejected: '不予受理',
}

export function statusLabel(status: string, given?: string | null): string {
  return given || statusLabels[status as ApplicationStatus] || status
}

/** Element Plus tag colours: waiting on the hall grey/blue, waiting on the applicant orange, done green, refused red. */
export function statusTag(status: string): 'info' | 'primary' | 'warning' | 'success' | 'danger' {
  switch (status) {
    case 'awaiting-supplement':
      return 'warning'
    case 'accepted':
      return 'success'
    case 'rejected':
      return 'danger'
    case 'pending-review':
      return 'primary'
    default:
      return 'info'
  }
}

export const channelLabels: Record<string, string> = { window: '窗口办理', online: '网上申办', agent: '代办' }

export const levelLabels: Record<string, string> = { county: '县级', town: '镇级', village: '村级' }

/** The allow-list the service enforces (by extension and leading bytes); the page checks the extension first. */
export const allowedExtensions = ['pdf', 'jpg', 'jpeg', 'png', 'ofd']
export const acceptAttribute = allowedExtensions.map((e) => `.${e}`).join(',')
export const defaultMaxBytes = 10 * 1024 * 1024

export function fileProblem(name: string, size: number, maxBytes = defaultMaxBytes): string | null {
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : ''
  if (!allowedExtensions.includes(extension)) return `“${name}”不是可上传的格式：请上传 PDF、JPG、PNG 或 OFD 文件。`
  if (size === 0) return `“${name}”是空文件。`
  if (size > maxBytes) return `“${name}”有 ${sizeText(size)}，超过 ${sizeText(maxBytes)} 的上限。`
  return null
}

/** "812 KB", "2.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  const mb = bytes / (1024 * 1024)
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`
}

/** The applicant's fields as typed. */
export interface ApplicantForm {
  type: 'natural' | 'legal'
  name: string
  idNumber: string
  phone: string
}

export function emptyApplicant(): ApplicantForm {
  return { type: 'natural', name: '', idNumber: '', phone: '' }
}

/** Problems keyed by the request's field names (as the service names them), shown next to their inputs. */
export function applicantProblems(form: ApplicantForm): Record<string, string> {
  const problems: Record<string, string> = {}
  const person = form.type === 'natural'
  if (!form.name.trim()) problems['applicant.name'] = person ? '请填写申请人姓名。' : '请填写单位名称。'
  else if (form.name.trim().length > 100) problems['applicant.name'] = '姓名或名称最长 100 字。'
  if (!form.idNumber.trim()) {
    problems['applicant.idNumber'] = person ? '请填写身份证号码。' : '请填写统一社会信用代码。'
  } else {
    const id = person ? residentIdProblem(form.idNumber) : creditCodeProblem(form.idNumber)
    if (id) problems['applicant.idNumber'] = id
  }
  const phone = phoneProblem(form.phone)
  if (phone) problems['applicant.phone'] = phone
  return problems
}

export function applicantInput(form: ApplicantForm): ApplicantInput {
  return {
    type: form.type,
    name: form.name.trim(),
    idNumber: form.idNumber.trim().toUpperCase(),
    phone: form.phone.trim() || null,
  }
}

/** One material of the matter's list as the applicant fills it: the uploaded file and the 原件到场核验 flag. */
export interface MaterialEntry {
  name: string
  required: boolean
  original: boolean
  file: StoredFileView | null
  paperOriginal: boolean
}

/** Required materials without a file and not to be shown in paper: the applicant is warned, the reviewer decides. */
export function unattachedRequired(materials: MaterialEntry[]): string[] {
  return materials.filter((m) => m.required && !m.file && !m.paperOriginal).map((m) => m.name)
}

export function onlineRequest(matterCode: string, form: ApplicantForm, materials: MaterialEntry[]) {
  const request: OnlineApplicationRequest = {
    matterCode,
    applicant: applicantInput(form),
    materials: materials
      .filter((m) => m.file || m.paperOriginal)
      .map((m) => ({ name: m.name, fileId: m.file?.id ?? null, paperOriginal: m.paperOriginal })),
  }
  return request
}

/**
 * The service names a material's problem by its index in the list sent ("materials[1].fileId"): each is told with
 * the material's name instead, so the applicant knows which upload to redo.
 */
export function materialProblems(fieldErrors: Record<string, string>, sent: string[]): string[] {
  const told: string[] = []
  for (const [field, message] of Object.entries(fieldErrors)) {
    const match = /^materials\[(\d+)\]/.exec(field)
    if (!match) continue
    const name = sent[Number(match[1])]
    told.push(name ? `“${name}”：${message}` : message)
  }
  return told
}
