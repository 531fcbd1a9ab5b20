import { applicantInput, applicantProblems, type ApplicantForm } from '../online/onlineForm'
import type { AgentApplicationRequest } from './agentApi'

/** The 代办受理 form's checks and payload, and the words of the agent's lists and slip. */
export const defaultConsent = '居民签署代办委托书'
export const consentMaxLength = 200

export interface AgentForm {
  matterCode: string
  applicant: ApplicantForm
  consent: string
  /** Names of the paper materials the resident handed over (checked off the matter's list). */
  handedOver: string[]
}

export function agentFormProblems(form: AgentForm): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!form.matterCode) problems.matterCode = '请从代办事项目录中选择事项。'
  Object.assign(problems, applicantProblems(form.applicant))
  const consent = form.consent.trim()
  if (!consent) problems.consent = '请写明居民的代办授权（如“居民签署代办委托书”）。'
  else if (consent.length > consentMaxLength) problems.consent = `授权说明最长 ${consentMaxLength} 字。`
  return problems
}

/** Required materials of the list not handed over: the agent is told before sending (the hall's 预审 decides). */
export function requiredNotHandedOver(materials: { name: string; required: boolean }[], handedOver: string[]) {
  return materials.filter((m) => m.required && !handedOver.includes(m.name)).map((m) => m.name)
}

export function agentRequest(form: AgentForm, listed: string[]): AgentApplicationRequest {
  return {
    matterCode: form.matterCode,
    applicant: applicantInput(form.applicant),
    consent: form.consent.trim(),
    // In the list's order, and only names on the list (a matter changed after ticking keeps nothing stale).
    materials: listed.filter((name) => form.handedOver.includes(name)).map((name) => ({ name })),
  }
}
