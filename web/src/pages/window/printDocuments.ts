import type { ApplicationResponse, CaseView, MaterialStatus } from './windowApi'

/**
 * The printable documents of the window: 受理通知书 (accept, keyed by case number), 一次性告知书 (notice),
 * 不予受理决定书 (reject) and 代办材料接收回执 (handover), the last three keyed by the application's id. Their data comes from the service's answer and is kept
 * in this tab's sessionStorage, so the print page survives a reload; an acceptance can also be read again from the
 * case (GET /api/intake/cases/{caseNo}).
 */
export type PrintKind = 'accept' | 'notice' | 'reject' | 'handover'

interface Common {
  matterCode: string
  matterName: string
  departmentName: string
  applicant: string
  windowNo: string | null
  staffName: string
}

export interface AcceptanceDocument extends Common {
  kind: 'accept'
  caseNo: string
  applicantId: string
  acceptedAt: string
  dueDate: string
  dueDateProvisional: boolean
  promisedLimitDays: number
  /** 选填 materials not handed in (they do not stop acceptance). */
  optionalMissing: string[]
  /** 当场办结: the result given on the spot (approved / denied). */
  completedResult: string | null
  /** The queue ticket served, when there was one: the 评价器 rates the case by it. */
  ticketNumber?: string | null
}

export interface NoticeDocument extends Common {
  kind: 'notice'
  applicationId: string
  date: string
  items: { name: string; status: MaterialStatus; note: string | null }[]
}

export interface RejectDocument extends Common {
  kind: 'reject'
  applicationId: string
  date: string
  reason: string
  legalBasis: string
}

/** The hall's receipt of the paper materials an agent handed over with a transfer slip (代办交接). */
export interface HandoverDocument extends Common {
  kind: 'handover'
  applicationId: string
  slipNo: string
  pointName: string
  receivedAt: string
  date: string
}

export type PrintDocument = AcceptanceDocument | NoticeDocument | RejectDocument | HandoverDocument

export function documentKey(document: PrintDocument): string {
  return document.kind === 'accept' ? document.caseNo : document.applicationId
}

export function isPrintKind(kind: unknown): kind is PrintKind {
  return kind === 'accept' || kind === 'notice' || kind === 'reject' || kind === 'handover'
}

const storageKey = (kind: PrintKind, key: string) => `hall.window.print.${kind}.${key}`

export function keepDocument(document: PrintDocument) {
  sessionStorage.setItem(storageKey(document.kind, documentKey(document)), JSON.stringify(document))
}

export function keptDocument(kind: PrintKind, key: string): PrintDocument | null {
  try {
    const raw = sessionStorage.getItem(storageKey(kind, key))
    const document = raw ? (JSON.parse(raw) as PrintDocument) : null
    return document?.kind === kind ? document : null
  } catch {
    return null
  }
}

export interface SubmittedContext {
  matterCode: string
  matterName: string
  departmentName: string
  applicantName: string
  windowNo: string
  staffName: string
  today: string
  optionalMissing: string[]
  /** Every material marked missing or defective, with the clerk's note. */
  lacking: { name: string; status: MaterialStatus; note: string | null }[]
  legalBasis: string | null
}

/** The document that answers an application: what the window prints for the applicant. */
export function documentOf(answer: ApplicationResponse, context: SubmittedContext): PrintDocument {
  const common = {
    matterCode: context.matterCode,
    matterName: context.matterName,
    departmentName: context.departmentName,
    applicant: context.applicantName,
    windowNo: context.windowNo,
    staffName: context.staffName,
  }
  if (answer.receipt) {
    const receipt = answer.receipt
    return {
      ...common,
      kind: 'accept',
      matterName: receipt.matterName,
      departmentName: receipt.departmentName,
      caseNo: receipt.caseNo,
      applicantId: receipt.applicantId,
      acceptedAt: receipt.acceptedAt,
      dueDate: receipt.dueDate,
      dueDateProvisional: receipt.dueDateProvisional,
      promisedLimitDays: receipt.promisedLimitDays,
      optionalMissing: context.optionalMissing,
      completedResult: answer.status === 'completed' ? (answer.case?.result ?? null) : null,
    }
  }
  if (answer.status === 'rejected') {
    return {
      ...common,
      kind: 'reject',
      applicationId: answer.applicationId,
      date: context.today,
      reason: answer.reason ?? '',
      legalBasis: context.legalBasis ?? '',
    }
  }
  const named = new Set(answer.notice ?? [])
  return {
    ...common,
    kind: 'notice',
    applicationId: answer.applicationId,
    date: context.today,
    items: context.lacking.filter((item) => named.has(item.name)),
  }
}

/** An acceptance read again from its case (another tab, sessionStorage cleared): the applicant as the service masks it. */
export function acceptanceOfCase(view: CaseView, departmentName: string): AcceptanceDocument {
  return {
    kind: 'accept',
    caseNo: view.caseNo,
    matterCode: view.matterCode,
    matterName: view.matterName,
    departmentName,
    applicant: view.applicant,
    applicantId: view.applicantId,
    acceptedAt: view.acceptedAt,
    dueDate: view.dueDate,
    dueDateProvisional: view.dueDateProvisional,
    promisedLimitDays: view.promisedLimitDays,
    windowNo: view.windowNo,
    staffName: view.responsibleStaff ?? '',
    optionalMissing: [],
    completedResult: view.status === 'completed' ? view.result : null,
  }
}
