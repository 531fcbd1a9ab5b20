import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../api/problem'
import { useProblems } from './approverForms'

describe("a problem's field errors", () => {
  it('reads the platform list of {field, message}, several messages of a field joined', () => {
    const problem = new ApiProblem(400, {
      detail: '提交的内容有误',
      errors: [
        { field: 'decisionNo', message: '请填写批准文号。' },
        { field: 'Conditions', message: '附条件准予须写明条件。' },
        { field: 'decisionNo', message: '最长 64 字。' },
      ] as unknown as Record<string, string[]>,
    })
    expect(problem.fieldErrors).toEqual({
      decisionNo: '请填写批准文号。；最长 64 字。',
      conditions: '附条件准予须写明条件。',
    })
  })
  it('reads a dictionary of messages per field too', () => {
    const problem = new ApiProblem(400, { errors: { '$.applicant.IdNumber': ['不是有效的号码。'] } })
    expect(problem.fieldErrors).toEqual({ 'applicant.idNumber': '不是有效的号码。' })
  })
  it('puts a field the form has next to it, the rest and a problem without fields in the alert', () => {
    const form = useProblems(['reason'])
    form.show(new ApiProblem(400, {
      errors: [
        { field: 'reason', message: '请写明理由。' },
        { field: 'other', message: '别的问题。' },
      ] as unknown as Record<string, string[]>,
    }))
    expect(form.fieldErrors.reason).toBe('请写明理由。')
    expect(form.alert.value).toBe('别的问题。')
    form.show(new ApiProblem(409, { detail: '办件已办结。' }))
    expect(form.fieldErrors.reason).toBeUndefined()
    expect(form.alert.value).toBe('办件已办结。')
  })
})
