import { lackingOptional, lackingRequired, type IntakeForm } from './intakeForm'
import type { ApplicationView, ReviewOutcome, ReviewRequest } from './onlineApi'
import type { IntakeMatter, MaterialStatus } from './windowApi'

/**
 * 预审 of an online or agent application: the same material check and outcomes as the window form (受理 / 一次性告知
 * / 不予受理, no 当场办结: the applicant is not at the window), reusing its rules for what a notice must name.
 */
export interface ReviewForm {
  materials: IntakeForm['materials']
  outcome: ReviewOutcome
  reason: string
  legalBasis: string
}

/**
 * The matter the application is for, with its material list: intake's copy when the console has it (form, medium,
 * copies), else made from the application's own list (its names and required flags are the matter's).
 */
export function matterOfApplication(view: ApplicationView, matters: IntakeMatter[]): IntakeMatter {
  const known = matters.find((m) => m.code === view.matterCode)
  if (known) return known
  return {
    code: view.matterCode,
    version: 0,
    name: view.matterName,
    typeCode: '',
    departmentCode: '',
    departmentName: view.departmentName,
    handlingKind: 'promised',
    statutoryLimitDays: null,
    promisedLimitDays: 0,
    materials: view.materials.map((m) => ({
      name: m.name,
      required: m.required,
      form: 'original',
      medium: 'electronic',
      copies: 1,
    })),
  }
}

/** The reviewer starts from what the application says: a material with a file present, one without missing. */
export function reviewFormOf(view: ApplicationView, matter: IntakeMatter): ReviewForm {
  const materials: IntakeForm['materials'] = {}
  for (const m of matter.materials) {
    const submitted = view.materials.find((s) => s.name === m.name)
    const status: MaterialStatus = submitted?.fileId || submitted?.status === 'present' ? 'present' : 'missing'
    materials[m.name] = { status, note: '' }
  }
  const form: ReviewForm = { materials, outcome: 'accept', reason: '', legalBasis: '' }
  if (lackingRequired(matter, form).length > 0) form.outcome = 'notice'
  return form
}

/** What stops the review from being sent, keyed by the request's field names; empty when it may be sent. */
export function reviewProblems(form: ReviewForm, matter: IntakeMatter): Record<string, string> {
  const problems: Record<string, string> = {}
  const unchecked = matter.materials.filter((m) => !form.materials[m.name]?.status).map((m) => m.name)
  if (unchecked.length > 0) {
    problems.materials = `请逐项核验材料：${unchecked.map((n) => `“${n}”`).join('、')}尚未标明齐全、缺失或不符合要求。`
  }
  const lacking = lackingRequired(matter, form).map((m) => m.name)
  if (form.outcome === 'accept' && lacking.length > 0) {
    problems.outcome = `必需材料不齐全（${lacking.join('、')}），不能受理；请出具一次性告知书。`
  }
  if (form.outcome === 'notice' && lacking.length === 0 && unchecked.length === 0) {
    problems.outcome = '没有缺失或不符合要求的必需材料，应直接受理。'
  }
  if (form.outcome === 'reject') {
    if (!form.reason.trim()) problems.reason = '请写明不予受理的理由。'
    if (!form.legalBasis.trim()) problems.legalBasis = '请写明不予受理的法律依据。'
  }
  return problems
}

/** The review as the service takes it (POST /api/intake/applications/{id}/review). */
export function reviewRequest(form: ReviewForm, matter: IntakeMatter, windowNo: string): ReviewRequest {
  const outcome = form.outcome
  return {
    outcome,
    windowNo,
    materials: matter.materials.map((m) => {
      const check = form.materials[m.name]
      const note = check?.note.trim()
      const status = check?.status as MaterialStatus
      return note ? { name: m.name, status, note } : { name: m.name, status }
    }),
    notice: outcome === 'notice' ? lackingRequired(matter, form).map((m) => m.name) : null,
    reason: outcome === 'reject' ? form.reason.trim() : null,
    legalBasis: outcome === 'reject' ? form.legalBasis.trim() : null,
  }
}

/** The optional materials the notice of acceptance names as not handed in. */
export function optionalMissing(form: ReviewForm, matter: IntakeMatter): string[] {
  return lackingOptional(matter, form).map((m) => m.name)
}

/** A scanned or typed slip number as the service writes it: "zb-20261202-0001 " → "ZB-20261202-0001". */
export function normaliseSlip(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, '')
}

/** Why a slip number cannot be one (ZB-yyyyMMdd-NNNN), or null. */
export function slipProblem(slip: string): string | null {
  if (!slip) return '请输入或扫描交接单编号。'
  return /^ZB-\d{8}-\d{4,}$/.test(slip) ? null : '交接单编号格式应为 ZB-年月日-序号，例如 ZB-20261202-0001。'
}
