/** 送达: how a case's result reaches the applicant (the applicant or agent chooses; the hall records the delivery). */
export type DeliveryMethod = 'window' | 'post' | 'electronic'

export const deliveryLabels: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  post: '邮寄',
  electronic: '电子证照',
}

export const deliveryHints: Record<DeliveryMethod, string> = {
  window: '办结后到受理窗口或代办网点领取（需再跑一次）。',
  post: '办结后邮寄到您填写的地址，不用再跑。',
  electronic: '办结后在本页下载电子证照，不用再跑。',
}

export const addressMaxLength = 200

/** The choice's problems keyed as the service names them (PUT …/delivery: address required for post). */
export function deliveryProblems(method: DeliveryMethod | '', address: string): Record<string, string> {
  if (!method) return { method: '请选择送达方式。' }
  if (method !== 'post') return {}
  const text = address.trim()
  if (!text) return { address: '邮寄送达请填写收件地址（含收件人和电话）。' }
  if (text.length > addressMaxLength) return { address: `收件地址最长 ${addressMaxLength} 字。` }
  return {}
}

export function deliveryRequest(method: DeliveryMethod, address: string) {
  return { method, address: method === 'post' ? address.trim() : null }
}

/** The delivery column of a list: how the result reaches the resident and whether it has. */
export function deliveryText(method: string | null | undefined, deliveredAt: string | null | undefined): string {
  if (!method) return '未选择'
  const label = deliveryLabels[method as DeliveryMethod] ?? method
  return deliveredAt ? `${label}（已送达）` : `${label}（待送达）`
}

/** The file name a download's Content-Disposition gives (RFC 6266 filename* first), else the fallback. */
export function dispositionName(header: string | null, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      /* a malformed name: try the plain one */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)
  return plain ? plain[1].trim() : fallback
}
