import { describe, expect, it } from 'vitest'
import { deliveryProblems, deliveryRequest } from './deliveryForm'
import { fileProblem, fileSize } from './files'
import type { ApplicationView } from './onlineApi'
import { documentOf } from './printDocuments'
import {
  matterOfApplication,
  normaliseSlip,
  optionalMissing,
  reviewFormOf,
  reviewProblems,
  reviewRequest,
  slipProblem,
} from './reviewForm'
import { pointName, type ServicePoint } from './servicePoints'
import type { IntakeMatter } from './windowApi'

const view: ApplicationView = {
  id: '7f0c2a1e-0000-4000-8000-000000000001',
  matterCode: 'MZJ-01-001',
  matterName: '高龄津贴申领',
  departmentName: '民政局',
  channel: 'online',
  pointCode: null,
  status: 'pending-review',
  statusLabel: '待预审',
  submittedAt: '2026-12-02T01:00:00+00:00',
  applicant: { type: 'natural', name: '张*', idNumber: '1101**********002X' },
  materials: [
    { name: '申请表', required: true, status: 'present', fileId: 'f1', fileName: '申请表.pdf', sha256: 'ab',
      paperOriginal: false, note: null },
    { name: '户口簿', required: true, status: 'missing', fileId: null, fileName: null, sha256: null,
      paperOriginal: true, note: null },
    { name: '委托书', required: false, status: 'missing', fileId: null, fileName: null, sha256: null,
      paperOriginal: false, note: null },
  ],
  notice: null,
  reason: null,
  legalBasis: null,
  caseNo: null,
  transferSlipNo: null,
  consent: null,
  handedOverAt: null,
  visits: 0,
}

describe('the pre-review of an online application', () => {
  const matter = matterOfApplication(view, [])

  it('takes the material list from the application when intake has not sent the matter', () => {
    expect(matter.materials.map((m) => [m.name, m.required])).toEqual([
      ['申请表', true],
      ['户口簿', true],
      ['委托书', false],
    ])
    const known = { ...matter, name: '已知事项' } as IntakeMatter
    expect(matterOfApplication(view, [known]).name).toBe('已知事项')
  })

  it('starts from what was uploaded and proposes a notice when a required material has no file', () => {
    const form = reviewFormOf(view, matter)
    expect(form.materials['申请表'].status).toBe('present')
    expect(form.materials['户口簿'].status).toBe('missing')
    expect(form.outcome).toBe('notice')
    expect(reviewRequest(form, matter, 'A01')).toEqual({
      outcome: 'notice',
      windowNo: 'A01',
      materials: [
        { name: '申请表', status: 'present' },
        { name: '户口簿', status: 'missing' },
        { name: '委托书', status: 'missing' },
      ],
      notice: ['户口簿'],
      reason: null,
      legalBasis: null,
    })
  })

  it('refuses to accept with a required material lacking, and a refusal without reason and basis', () => {
    const form = reviewFormOf(view, matter)
    form.outcome = 'accept'
    expect(reviewProblems(form, matter).outcome).toContain('户口簿')
    form.materials['户口簿'].status = 'present'
    expect(reviewProblems(form, matter)).toEqual({})
    expect(optionalMissing(form, matter)).toEqual(['委托书'])
    form.outcome = 'notice'
    expect(reviewProblems(form, matter).outcome).toContain('应直接受理')
    form.outcome = 'reject'
    expect(Object.keys(reviewProblems(form, matter)).sort()).toEqual(['legalBasis', 'reason'])
  })

  it('prints the answer as the window would (the same documents)', () => {
    const document = documentOf(
      { applicationId: view.id, status: 'awaiting-supplement', receipt: null, notice: ['户口簿'], reason: null,
        case: null },
      { matterCode: view.matterCode, matterName: view.matterName, departmentName: view.departmentName,
        applicantName: '张*', windowNo: 'A01', staffName: '综合窗口01', today: '2026-12-02', optionalMissing: [],
        lacking: [{ name: '户口簿', status: 'missing', note: null }], legalBasis: null },
    )
    expect(document.kind).toBe('notice')
  })
})

describe('the transfer slip, the delivery and the points', () => {
  it('reads a scanned slip number and checks its form', () => {
    expect(normaliseSlip(' zb-20261202-0007 ')).toBe('ZB-20261202-0007')
    expect(slipProblem('ZB-20261202-0007')).toBeNull()
    expect(slipProblem('')).toContain('交接单编号')
    expect(slipProblem('20261202')).toContain('格式')
  })

  it('asks a tracking number for post and a result file for electronic delivery', () => {
    expect(deliveryProblems({ method: 'window', trackingNumber: '', file: null })).toEqual({})
    expect(deliveryProblems({ method: 'post', trackingNumber: '', file: null }).trackingNumber).toBeDefined()
    expect(deliveryProblems({ method: 'post', trackingNumber: 'SF-1', file: null }).trackingNumber).toContain('8')
    expect(deliveryProblems({ method: 'post', trackingNumber: 'SF1234567890', file: null })).toEqual({})
    expect(deliveryProblems({ method: 'electronic', trackingNumber: '', file: null }).fileId).toBeDefined()
    const licence = { name: '许可证.PDF', size: 2048 }
    expect(deliveryProblems({ method: 'electronic', trackingNumber: '', file: licence })).toEqual({})
    expect(deliveryRequest({ method: 'post', trackingNumber: ' SF1234567890 ', file: null }, null)).toEqual({
      method: 'post',
      trackingNumber: 'SF1234567890',
    })
    expect(deliveryRequest({ method: 'electronic', trackingNumber: '', file: licence }, 'f9')).toEqual({
      method: 'electronic',
      fileId: 'f9',
    })
  })

  it('allows the service’s file types and sizes only', () => {
    expect(fileProblem({ name: 'a.exe', size: 10 })).toContain('PDF')
    expect(fileProblem({ name: 'a.ofd', size: 11 * 1024 * 1024 })).toContain('10 MB')
    expect(fileProblem({ name: 'a.jpeg', size: 10 })).toBeNull()
    expect(fileSize(1536 * 1024)).toBe('1.5 MB')
    expect(fileSize(10)).toBe('1 KB')
  })

  it('names a point with its level', () => {
    const points: ServicePoint[] = [
      { code: '510181-101-01', name: '东风村便民代办点', level: 'village', levelLabel: '村级', parentCode: '510181-101',
        address: null, hours: null, phone: null, windowNumbers: [] },
    ]
    expect(pointName(points, '510181-101-01')).toBe('东风村便民代办点（村级）')
    expect(pointName(points, 'X')).toBe('X')
    expect(pointName(points, null)).toBe('县政务服务中心')
  })
})
