/** Chinese labels of the trading API's codes (README "Bidding"). */
export const procedureLabels: Record<string, string> = {
  'open-tender': '公开招标',
  inquiry: '询价',
  negotiation: '竞争性谈判',
  'fixed-price': '固定价比选',
  auction: '拍卖·挂牌',
}

export const categoryLabels: Record<string, string> = {
  works: '工程',
  goods: '货物',
  services: '服务',
  land: '土地·产权',
}

export const statusLabels: Record<string, string> = {
  announced: '公告中',
  bidding: '投标中',
  opened: '开标中',
  evaluating: '评审中',
  candidates: '候选人公示',
  auctioning: '竞价中',
  awarded: '已定标',
  failed: '流标',
}

export const evaluationLabels: Record<string, string> = {
  'lowest-price': '最低价法',
  weighted: '综合评分法',
}

export const bidStatusLabels: Record<string, string> = {
  sealed: '密封（待解密）',
  decrypted: '已解密',
  invalid: '无效',
  withdrawn: '视为撤回',
}

export const recordKindLabels: Record<string, string> = {
  announcement: '发布公告',
  amendment: '澄清或修改',
  'bid-received': '收到投标（仅哈希）',
  opening: '开标',
  'bid-decrypted': '投标解密',
  'bid-invalid': '投标无效',
  'bid-withdrawn': '投标视为撤回',
  'opening-closed': '开标结束',
  failed: '流标',
  draw: '随机抽取',
  award: '定标',
  contract: '签订合同',
  scores: '专家评分（签名）',
  candidates: '中标候选人公示',
  objection: '提出异议',
  'objection-decided': '异议答复',
  'contract-overdue': '合同逾期未签预警',
  qualification: '资格审查',
  'selection-scheduled': '比选抽取登记',
  'selection-result': '比选抽取结果',
  completion: '竣工',
  'auction-opened': '竞价开始（竞买号）',
  'auction-bid': '竞价应价',
  'auction-closed': '竞价结束',
  recording: '音视频记录',
  'recording-purged': '音视频到期清除',
  'draw-scheduled': '随机抽取登记（承诺值）',
}

export const drawPurposeLabels: Record<string, string> = {
  experts: '评标专家抽取',
  firms: '固定价比选企业抽取',
  'auction-order': '拍卖顺序抽取',
}

export function label(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—'
  return map[code] ?? code
}

export function statusTag(status: string): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (status) {
    case 'awarded':
      return 'success'
    case 'failed':
      return 'danger'
    case 'opened':
    case 'evaluating':
    case 'candidates':
    case 'auctioning':
      return 'warning'
    case 'bidding':
      return 'primary'
    default:
      return 'info'
  }
}

/** "38,600,000.00 元" */
export function yuan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—'
  return `${amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
}

/** Time left before an instant: "剩余 3 天 4 小时 5 分", or null once it has passed. */
export function timeLeft(deadline: string, now: number = Date.now()): string | null {
  const ms = new Date(deadline).getTime() - now
  if (ms <= 0) return null
  const minutes = Math.floor(ms / 60000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days > 0) return `剩余 ${days} 天 ${hours} 小时 ${rest} 分`
  if (hours > 0) return `剩余 ${hours} 小时 ${rest} 分`
  const seconds = Math.floor((ms % 60000) / 1000)
  return `剩余 ${rest} 分 ${seconds} 秒`
}
