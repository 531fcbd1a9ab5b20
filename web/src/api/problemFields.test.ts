import { describe, expect, it } from 'vitest'
import { ApiProblem, type ProblemBody } from './problem'

const problemFields = (body: ProblemBody) => new ApiProblem(400, body).fieldErrors

describe('field errors of a problem', () => {
  it('reads the services’ list of field errors, several messages of a field joined', () => {
    const fields = problemFields(({
      errors: [
        { field: 'applicant.idNumber', message: '不是有效的 18 位居民身份证号码。' },
        { field: 'materials', message: '请核验材料“申请书”。' },
        { field: 'materials', message: '请核验材料“营业执照”。' },
      ],
    }) as unknown as ProblemBody)
    expect(fields['applicant.idNumber']).toContain('身份证')
    expect(fields.materials).toBe('请核验材料“申请书”。；请核验材料“营业执照”。')
  })
  it('reads a map of messages and a single field, and ignores a list without fields', () => {
    expect(problemFields({ errors: { 'Applicant.Name': ['必填'] } })).toEqual({ 'applicant.name': '必填' })
    expect(problemFields({ field: 'reason', detail: '请写明理由' })).toEqual({ reason: '请写明理由' })
    expect(problemFields({ errors: ['营业执照'] as unknown as Record<string, string[]> })).toEqual({})
  })
})
