import { describe, expect, it } from 'vitest'
import { agentFormProblems, agentRequest, requiredNotHandedOver, type AgentForm } from './agentForm'

const form = (): AgentForm => ({
  matterCode: 'MZJ-01-001',
  applicant: { type: 'natural', name: '李大爷', idNumber: '11010519491231002X', phone: '' },
  consent: ' 居民签署代办委托书 ',
  handedOver: ['身份证', '申请表'],
})

describe('代办受理 form', () => {
  it('asks for the matter, the applicant and the consent', () => {
    expect(agentFormProblems(form())).toEqual({})
    const empty: AgentForm = { ...form(), matterCode: '', consent: '' }
    empty.applicant = { type: 'natural', name: '', idNumber: '', phone: '' }
    expect(Object.keys(agentFormProblems(empty)).sort()).toEqual(
      ['applicant.idNumber', 'applicant.name', 'consent', 'matterCode'].sort(),
    )
    expect(agentFormProblems({ ...form(), consent: '字'.repeat(201) }).consent).toContain('200')
  })
  it('sends the handed-over materials in the list order, only names on the list', () => {
    const request = agentRequest({ ...form(), handedOver: ['申请表', '旧材料', '身份证'] }, ['身份证', '申请表', '户口簿'])
    expect(request.materials).toEqual([{ name: '身份证' }, { name: '申请表' }])
    expect(request.consent).toBe('居民签署代办委托书')
    expect(request.applicant.phone).toBeNull()
  })
  it('names the required materials not handed over', () => {
    const list = [
      { name: '身份证', required: true },
      { name: '户口簿', required: true },
      { name: '照片', required: false },
    ]
    expect(requiredNotHandedOver(list, ['身份证'])).toEqual(['户口簿'])
  })
})
