import { describe, expect, it } from 'vitest'
import { ApiProblem, normaliseField } from './problem'

describe('problems', () => {
  it('reads the services\' list of field errors, two messages for one field joined', () => {
    const problem = new ApiProblem(400, {
      detail: '请求有误',
      errors: [
        { field: 'applicant.idNumber', message: '校验位不符' },
        { field: 'materials', message: '缺少申请书' },
        { field: 'materials', message: '缺少营业执照' },
      ],
    })
    expect(problem.fieldErrors).toEqual({ 'applicant.idNumber': '校验位不符', materials: '缺少申请书；缺少营业执照' })
  })
  it('reads a map of field errors too, and prefers the detail as text', () => {
    const problem = new ApiProblem(400, { title: '请求有误', detail: '评分无效', errors: { Score: ['应为数字'] } })
    expect(problem.fieldErrors).toEqual({ score: '应为数字' })
    expect(problem.text).toBe('评分无效')
  })
  it('normalises JSON paths and .NET names', () => {
    expect(normaliseField('$.applicant.IdNumber')).toBe('applicant.idNumber')
  })
})
