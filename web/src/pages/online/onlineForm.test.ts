import { describe, expect, it } from 'vitest'
import {
  applicantProblems,
  emptyApplicant,
  fileProblem,
  materialProblems,
  onlineRequest,
  sizeText,
  statusLabel,
  statusTag,
  unattachedRequired,
  type MaterialEntry,
} from './onlineForm'

const file = { id: 'f1', fileName: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: 'ab', purpose: 'material' as const }

describe('online form', () => {
  it('reads statuses in Chinese', () => {
    expect(statusLabel('pending-review')).toBe('待预审')
    expect(statusLabel('awaiting-handover')).toBe('待交接')
    expect(statusLabel('accepted', '已受理（网上）')).toBe('已受理（网上）')
    expect(statusTag('awaiting-supplement')).toBe('warning')
    expect(statusTag('rejected')).toBe('danger')
  })
  it('allows pdf, jpg, png and ofd files within the size limit', () => {
    expect(fileProblem('身份证.PDF', 2048)).toBeNull()
    expect(fileProblem('photo.jpeg', 2048)).toBeNull()
    expect(fileProblem('licence.ofd', 2048)).toBeNull()
    expect(fileProblem('a.exe', 2048)).toContain('不是可上传的格式')
    expect(fileProblem('noext', 2048)).toContain('不是可上传的格式')
    expect(fileProblem('big.pdf', 11 * 1024 * 1024)).toContain('超过 10 MB')
    expect(fileProblem('empty.png', 0)).toContain('空文件')
    expect(sizeText(812 * 1024)).toBe('812 KB')
    expect(sizeText(2.4 * 1024 * 1024)).toBe('2.4 MB')
  })
  it('checks the applicant as the service does', () => {
    const form = emptyApplicant()
    expect(Object.keys(applicantProblems(form))).toEqual(['applicant.name', 'applicant.idNumber'])
    form.name = '王小明'
    form.idNumber = '11010519491231002X'
    form.phone = '123'
    expect(applicantProblems(form)).toEqual({ 'applicant.phone': expect.stringContaining('联系电话') })
    form.phone = '13800138000'
    expect(applicantProblems(form)).toEqual({})
    form.idNumber = '110105194912310021'
    expect(applicantProblems(form)['applicant.idNumber']).toContain('校验位')
  })
  it('sends the materials with a file or a paper original, and names the required ones left out', () => {
    const materials: MaterialEntry[] = [
      { name: '申请表', required: true, original: false, file, paperOriginal: false },
      { name: '身份证', required: true, original: true, file: null, paperOriginal: true },
      { name: '照片', required: true, original: false, file: null, paperOriginal: false },
      { name: '其他', required: false, original: false, file: null, paperOriginal: false },
    ]
    expect(unattachedRequired(materials)).toEqual(['照片'])
    const form = { type: 'natural' as const, name: ' 王小明 ', idNumber: '11010519491231002x', phone: '' }
    expect(onlineRequest('M-1', form, materials)).toEqual({
      matterCode: 'M-1',
      applicant: { type: 'natural', name: '王小明', idNumber: '11010519491231002X', phone: null },
      materials: [
        { name: '申请表', fileId: 'f1', paperOriginal: false },
        { name: '身份证', fileId: null, paperOriginal: true },
      ],
    })
  })
})

describe('material problems', () => {
  it('names the material the service points at by index', () => {
    const errors = { 'materials[1].fileId': '文件不存在。', 'applicant.name': '必填', materials: '多了' }
    expect(materialProblems(errors, ['申请表', '营业执照'])).toEqual(['“营业执照”：文件不存在。'])
    expect(materialProblems({ 'materials[5].name': '不在清单中。' }, ['申请表'])).toEqual(['不在清单中。'])
  })
})
