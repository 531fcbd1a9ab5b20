import { describe, expect, it } from 'vitest'
import {
  applicationRequest,
  checklistFor,
  emptyForm,
  fittingOutcome,
  formProblems,
  lackingOptional,
  lackingRequired,
  SubmissionKeys,
} from './intakeForm'
import { documentOf } from './printDocuments'
import type { IntakeMatter } from './windowApi'

const matter: IntakeMatter = {
  code: 'SCJGJ-01-001',
  version: 1,
  name: '食品经营许可',
  typeCode: '01',
  departmentCode: 'SCJGJ',
  departmentName: '市场监督管理局',
  handlingKind: 'promised',
  statutoryLimitDays: 20,
  promisedLimitDays: 5,
  materials: [
    { name: '申请书', required: true, form: 'original', medium: 'paper', copies: 1 },
    { name: '营业执照', required: true, form: 'copy', medium: 'paper', copies: 1 },
    { name: '授权委托书', required: false, form: 'original', medium: 'paper', copies: 1 },
  ],
}

function filled() {
  const form = emptyForm(matter.code)
  form.materials = checklistFor(matter)
  form.name = '张三'
  form.idNumber = '11010519491231002x'
  form.phone = '13800138000'
  for (const entry of Object.values(form.materials)) entry.status = 'present'
  return form
}

describe('the intake form', () => {
  it('lists the lacking required and optional materials apart', () => {
    const form = filled()
    form.materials['营业执照'].status = 'defective'
    form.materials['授权委托书'].status = 'missing'
    expect(lackingRequired(matter, form).map((m) => m.name)).toEqual(['营业执照'])
    expect(lackingOptional(matter, form).map((m) => m.name)).toEqual(['授权委托书'])
  })

  it('names each problem by the field the service would name', () => {
    const form = emptyForm(matter.code)
    form.materials = checklistFor(matter)
    form.idNumber = '110105194912310021'
    const problems = formProblems(form, matter)
    expect(problems['applicant.name']).toContain('姓名')
    expect(problems['applicant.idNumber']).toContain('校验位')
    expect(problems.materials).toContain('申请书')
    expect(formProblems(emptyForm(), undefined).matterCode).toBeDefined()
  })

  it('refuses acceptance with a required material lacking and a notice without one', () => {
    const form = filled()
    expect(formProblems(form, matter)).toEqual({})
    form.materials['申请书'].status = 'missing'
    expect(formProblems(form, matter).outcome).toContain('一次性告知')
    form.outcome = 'notice'
    expect(formProblems(form, matter)).toEqual({})
    form.materials['申请书'].status = 'present'
    expect(formProblems(form, matter).outcome).toContain('应直接受理')
  })

  it('allows complete-now only for instant matters, with a result', () => {
    const form = filled()
    form.outcome = 'complete-now'
    expect(formProblems(form, matter).outcome).toContain('即办件')
    const instant = { ...matter, handlingKind: 'instant' as const, promisedLimitDays: 0 }
    expect(formProblems(form, instant).result).toBeDefined()
    form.result = 'approved'
    expect(formProblems(form, instant)).toEqual({})
  })

  it('follows the checklist with the outcome, leaving a refusal alone', () => {
    expect(fittingOutcome('accept', 1, false)).toBe('notice')
    expect(fittingOutcome('notice', 0, false)).toBe('accept')
    expect(fittingOutcome('complete-now', 0, false)).toBe('accept')
    expect(fittingOutcome('complete-now', 0, true)).toBe('complete-now')
    expect(fittingOutcome('reject', 2, false)).toBe('reject')
  })

  it('sends the notice items, the upper-case identifier and only the outcome’s own fields', () => {
    const form = filled()
    form.materials['营业执照'].status = 'missing'
    form.materials['营业执照'].note = ' 未带 '
    form.outcome = 'notice'
    form.reason = 'left over'
    const request = applicationRequest(form, matter, 'A01', 'A003')
    expect(request.notice).toEqual(['营业执照'])
    expect(request.applicant.idNumber).toBe('11010519491231002X')
    expect(request.materials[1]).toEqual({ name: '营业执照', status: 'missing', note: '未带' })
    expect(request.materials[0]).toEqual({ name: '申请书', status: 'present' })
    expect(request.reason).toBeNull()
    expect(request.ticketNumber).toBe('A003')
  })
})

describe('idempotency keys', () => {
  it('reuses the key for a retry of the same request and makes a new one for a changed request', () => {
    let n = 0
    const keys = new SubmissionKeys(() => `key-${++n}`)
    expect(keys.keyFor({ a: 1 })).toBe('key-1')
    expect(keys.keyFor({ a: 1 })).toBe('key-1')
    expect(keys.keyFor({ a: 2 })).toBe('key-2')
    keys.done()
    expect(keys.keyFor({ a: 2 })).toBe('key-3')
  })
})

describe('printed documents', () => {
  const context = {
    matterCode: matter.code,
    matterName: matter.name,
    departmentName: matter.departmentName,
    applicantName: '张三',
    windowNo: 'A01',
    staffName: '综合窗口01',
    today: '2026-12-02',
    optionalMissing: ['授权委托书'],
    lacking: [
      { name: '营业执照', status: 'missing' as const, note: null },
      { name: '授权委托书', status: 'missing' as const, note: null },
    ],
    legalBasis: null,
  }

  it('lists in a one-time notice the items the service named, one by one', () => {
    const document = documentOf(
      { applicationId: 'id-1', status: 'awaiting-supplement', receipt: null, notice: ['营业执照'], reason: null, case: null },
      context,
    )
    expect(document.kind).toBe('notice')
    expect(document.kind === 'notice' && document.items.map((i) => i.name)).toEqual(['营业执照'])
  })

  it('makes a notice of acceptance from the receipt, keyed by case number', () => {
    const document = documentOf(
      {
        applicationId: 'id-2',
        status: 'accepted',
        notice: null,
        reason: null,
        case: null,
        receipt: {
          caseNo: 'SL20261202000001',
          matterCode: matter.code,
          matterName: matter.name,
          departmentName: matter.departmentName,
          applicant: '张*',
          applicantId: '110105********002X',
          acceptedAt: '2026-12-02T09:30:00+08:00',
          dueDate: '2026-12-09',
          dueDateProvisional: false,
          promisedLimitDays: 5,
          calendarVersion: '2026',
          responsibleStaff: 'window01',
          windowNo: 'A01',
          tracking: '',
        },
      },
      context,
    )
    expect(document.kind === 'accept' && [document.caseNo, document.dueDate, document.applicant]).toEqual([
      'SL20261202000001',
      '2026-12-09',
      '张三',
    ])
    expect(document.kind === 'accept' && document.optionalMissing).toEqual(['授权委托书'])
  })
})
