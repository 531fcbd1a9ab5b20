import { creditCodeProblem, phoneProblem, residentIdProblem } from '../../lib/identifiers'
import type {
  ApplicantType,
  ApplicationRequest,
  IntakeMatter,
  MaterialStatus,
  MatterMaterial,
  Outcome,
} from './windowApi'

/** The intake form as the clerk fills it (a material's status is empty until the clerk has checked it). */
export interface IntakeForm {
  matterCode: string
  applicantType: ApplicantType
  name: string
  idNumber: string
  phone: string
  materials: Record<string, { status: MaterialStatus | ''; note: string }>
  outcome: Outcome
  result: 'approved' | 'denied' | ''
  decisionNo: string
  reason: string
  legalBasis: string
}

export function emptyForm(matterCode = ''): IntakeForm {
  return {
    matterCode,
    applicantType: 'natural',
    name: '',
    idNumber: '',
    phone: '',
    materials: {},
    outcome: 'accept',
    result: '',
    decisionNo: '',
    reason: '',
    legalBasis: '',
  }
}

/** One unchecked entry per material of the matter's list (entries of another matter are dropped). */
export function checklistFor(matter: IntakeMatter | undefined): IntakeForm['materials'] {
  const list: IntakeForm['materials'] = {}
  for (const material of matter?.materials ?? []) list[material.name] = { status: '', note: '' }
  return list
}

/** Required materials marked missing or defective: what a one-time notice must name (the service's rule). */
export function lackingRequired(
  matter: IntakeMatter | undefined,
  form: Pick<IntakeForm, 'materials'>,
): MatterMaterial[] {
  return (matter?.materials ?? []).filter((m) => {
    const status = form.materials[m.name]?.status
    return m.required && (status === 'missing' || status === 'defective')
  })
}

/** Optional (选填) materials not handed in: they do not stop acceptance; the notice of acceptance names them. */
export function lackingOptional(
  matter: IntakeMatter | undefined,
  form: Pick<IntakeForm, 'materials'>,
): MatterMaterial[] {
  return (matter?.materials ?? []).filter((m) => {
    const status = form.materials[m.name]?.status
    return !m.required && (status === 'missing' || status === 'defective')
  })
}

export const statusLabels: Record<MaterialStatus, string> = {
  present: '齐全',
  missing: '缺失',
  defective: '不符合要求',
}

export const outcomeLabels: Record<Outcome, string> = {
  accept: '受理',
  'complete-now': '当场办结',
  notice: '一次性告知',
  reject: '不予受理',
}

/** The identifier's check as the clerk types: a resident ID for a person, a credit code for an organisation. */
export function idNumberProblem(type: ApplicantType, value: string): string | null {
  if (!value.trim()) return type === 'natural' ? '请填写申请人的身份证号码。' : '请填写统一社会信用代码。'
  return type === 'natural' ? residentIdProblem(value) : creditCodeProblem(value)
}

/**
 * The outcome that fits the checklist: with a required material lacking only a one-time notice (or a refusal) is
 * possible; with none lacking a notice makes no sense. A refusal stays what the clerk chose.
 */
export function fittingOutcome(current: Outcome, lacking: number, instant: boolean): Outcome {
  if (current === 'reject') return current
  if (lacking > 0) return 'notice'
  if (current === 'notice') return 'accept'
  if (current === 'complete-now' && !instant) return 'accept'
  return current
}

/**
 * Every problem the page can see before sending, keyed by the request's field names (as the service names them),
 * so each is shown next to its input. Empty means the form may be sent.
 */
export function formProblems(form: IntakeForm, matter: IntakeMatter | undefined): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!matter) {
    problems.matterCode = '请选择申请的事项。'
    return problems
  }
  if (!form.name.trim()) {
    problems['applicant.name'] = form.applicantType === 'natural' ? '请填写申请人姓名。' : '请填写单位名称。'
  } else if (form.name.trim().length > 100) {
    problems['applicant.name'] = '姓名或名称最长 100 字。'
  }
  const id = idNumberProblem(form.applicantType, form.idNumber)
  if (id) problems['applicant.idNumber'] = id
  const phone = phoneProblem(form.phone)
  if (phone) problems['applicant.phone'] = phone
  const unchecked = matter.materials.filter((m) => !form.materials[m.name]?.status).map((m) => m.name)
  if (unchecked.length > 0) {
    problems.materials = `请逐项核验材料：${unchecked.map((n) => `“${n}”`).join('、')}尚未标明齐全、缺失或不符合要求。`
  }
  const lacking = lackingRequired(matter, form).map((m) => m.name)
  if ((form.outcome === 'accept' || form.outcome === 'complete-now') && lacking.length > 0) {
    problems.outcome = `必需材料不齐全（${lacking.join('、')}），不能受理；请出具一次性告知书。`
  }
  if (form.outcome === 'complete-now') {
    if (matter.handlingKind !== 'instant') problems.outcome = '只有即办件可以当场办结。'
    else if (!form.result) problems.result = '请选择当场办结的结果：准予或不予。'
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

/** The application as the service takes it (POST /api/intake/applications). */
export function applicationRequest(
  form: IntakeForm,
  matter: IntakeMatter,
  windowNo: string,
  ticketNumber: string | null,
): ApplicationRequest {
  const outcome = form.outcome
  return {
    matterCode: matter.code,
    windowNo,
    applicant: {
      type: form.applicantType,
      name: form.name.trim(),
      idNumber: form.idNumber.trim().toUpperCase(),
      phone: form.phone.trim() || null,
    },
    materials: matter.materials.map((m) => {
      const check = form.materials[m.name]
      const note = check?.note.trim()
      return note
        ? { name: m.name, status: check.status as MaterialStatus, note }
        : { name: m.name, status: check?.status as MaterialStatus }
    }),
    outcome,
    notice: outcome === 'notice' ? lackingRequired(matter, form).map((m) => m.name) : null,
    reason: outcome === 'reject' ? form.reason.trim() : null,
    legalBasis: outcome === 'reject' ? form.legalBasis.trim() : null,
    result: outcome === 'complete-now' && form.result ? form.result : null,
    decisionNo: outcome === 'complete-now' && form.decisionNo.trim() ? form.decisionNo.trim() : null,
    ticketNumber,
  }
}

/**
 * One Idempotency-Key per form submission: a retry of the same request (double click, lost answer) reuses it, so
 * the service answers the first result again instead of making a second case; a changed form gets a new key.
 */
export class SubmissionKeys {
  private body: string | null = null
  private key: string | null = null

  constructor(private readonly fresh: () => string) {}

  keyFor(request: unknown): string {
    const body = JSON.stringify(request)
    if (this.key === null || body !== this.body) {
      this.body = body
      this.key = this.fresh()
    }
    return this.key
  }

  /** After an answer: the next submission is a new one. */
  done() {
    this.body = null
    this.key = null
  }
}

/** "原件 · 纸质 · 1 份" for a material of the list. */
export function materialDescription(material: MatterMaterial): string {
  const form = material.form === 'copy' ? '复印件' : '原件'
  const medium = material.medium === 'electronic' ? '电子' : '纸质'
  return `${form} · ${medium} · ${material.copies} 份`
}
