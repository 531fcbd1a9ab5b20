import type { DeliveryMethod, DeliveryRequest } from './onlineApi'
import { fileProblem } from './files'

/** 送达: how the result reaches the applicant. */
export const deliveryLabels: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  post: '邮寄送达',
  electronic: '电子送达',
}

export interface DeliveryForm {
  method: DeliveryMethod
  trackingNumber: string
  file: { name: string; size: number } | null
}

/** What stops the delivery from being recorded, keyed by the request's field names (file: the result file). */
export function deliveryProblems(form: DeliveryForm): Record<string, string> {
  const problems: Record<string, string> = {}
  if (form.method === 'post') {
    const number = form.trackingNumber.trim()
    if (!number) problems.trackingNumber = '邮寄送达请填写运单号。'
    else if (!/^[A-Za-z0-9]{8,30}$/.test(number)) problems.trackingNumber = '运单号应为 8 到 30 位字母或数字。'
  }
  if (form.method === 'electronic') {
    const problem = fileProblem(form.file)
    if (problem) problems.fileId = problem
  }
  return problems
}

/** The request once the result file (for electronic delivery) is stored. */
export function deliveryRequest(form: DeliveryForm, fileId: string | null): DeliveryRequest {
  if (form.method === 'post') return { method: 'post', trackingNumber: form.trackingNumber.trim() }
  if (form.method === 'electronic') return { method: 'electronic', fileId: fileId ?? '' }
  return { method: 'window' }
}
