import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../api/problem'
import { fieldMessage } from './problems'

describe('field messages of a problem', () => {
  it('reads the platform list of {field, message} and a map of messages', () => {
    const list = new ApiProblem(400, { errors: [{ field: 'reason', message: '请写明申诉理由。' }] } as never)
    expect(fieldMessage(list, 'reason')).toBe('请写明申诉理由。')
    expect(fieldMessage(list, 'outcome')).toBeNull()
    const map = new ApiProblem(400, { errors: { Reason: ['甲', '乙'] } })
    expect(fieldMessage(map, 'reason')).toBe('甲；乙')
    expect(fieldMessage(new Error('x'), 'reason')).toBeNull()
  })
})
