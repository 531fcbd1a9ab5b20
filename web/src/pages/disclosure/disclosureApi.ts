/**
 * Disclosure's API shapes (services/Disclosure) and the Chinese words for its codes, as RequestCodes and
 * PublicationCodes define them (the service has no labels route).
 */
export interface Attachment {
  name: string
  url: string
}

export interface PublishedItem {
  id: string
  indexNo: string
  title: string
  category: string
  documentNo: string | null
  issuingBody: string
  publishedDate: string | null
  body: string | null
  attachments: Attachment[] | null
}

export interface PublicationStep {
  at: string
  step: string
  by: string
  note: string | null
}

export interface Publication {
  id: string
  indexNo: string
  title: string
  category: string
  documentNo: string | null
  issuingBody: string
  body: string
  attachments: Attachment[]
  documentKind: string | null
  createdDate: string
  publishDueDate: string
  publishDueDateProvisional: boolean
  status: string
  author: string
  reviewer: string | null
  reviewNote: string | null
  publishedAt: string | null
  overdue: boolean
  history: PublicationStep[]
}

export interface RequestStep {
  at: string
  step: string
  note: string
  by: string | null
}

export interface DisclosureRequest {
  requestNo: string
  applicantCategory: string
  channel: string
  applicantName: string
  identityNo: string | null
  contact: string | null
  description: string | null
  deliveryForm: string | null
  receivedAt: string
  receivedDate: string
  status: string
  clockStartDate: string
  dueDate: string | null
  dueDateProvisional: boolean
  workingDaysLeft: number | null
  warning: 'none' | 'yellow' | 'red'
  extensionDays: number
  extensionReason: string | null
  consultationWorkingDays: number
  thirdParty: string | null
  clarificationRequestedDate: string | null
  clarificationAnsweredDate: string | null
  outcome: string | null
  replyDocumentNo: string | null
  repliedAt: string | null
  onTime: boolean | null
  timeline: RequestStep[]
}

export interface OnlineRequestReceipt {
  requestNo: string
  receivedAt: string
  receivedDate: string
  dueDate: string | null
  dueDateProvisional: boolean
  replyWorkingDays: number
}

export const publicationCategories = [
  '机构职能', '规章', '规范性文件', '规划计划', '行政许可', '行政处罚', '行政强制', '行政事业性收费',
  '财政预决算', '办事指南', '人事信息', '政策解读', '政府信息公开年报', '其他',
]

export const applicantCategories: Record<string, string> = {
  natural: '自然人',
  commercial: '法人或其他组织：商业企业',
  research: '法人或其他组织：科研机构',
  'public-interest': '法人或其他组织：社会公益组织',
  'legal-service': '法人或其他组织：法律服务机构',
  other: '法人或其他组织：其他',
}

export const channels: Record<string, string> = {
  'in-person': '当面',
  online: '网上',
  letter: '信函',
  fax: '传真',
  email: '电子邮件',
  other: '其他',
}

export const deliveryForms: Record<string, string> = {
  post: '纸质文本邮寄',
  pickup: '纸质文本当面领取',
  email: '电子邮件',
  fax: '传真',
  disc: '光盘或移动存储介质',
}

export const requestStatuses: Record<string, string> = {
  open: '办理中',
  'awaiting-clarification': '等待补正',
  consulting: '征求第三方意见',
  replied: '已答复',
}

export const publicationStatuses: Record<string, string> = {
  draft: '草稿',
  'in-review': '待保密审查',
  approved: '审查通过待公开',
  published: '已公开',
  withdrawn: '已撤回',
}

/** The outcome rows of the annual report's section 3 (国办公开办函〔2021〕30号). */
export const outcomes: { code: string; group: string; name: string }[] = [
  { code: '3.1', group: '予以公开', name: '予以公开' },
  { code: '3.2', group: '部分公开', name: '部分公开' },
  { code: '3.3.1', group: '不予公开', name: '属于国家秘密' },
  { code: '3.3.2', group: '不予公开', name: '其他法律行政法规禁止公开' },
  { code: '3.3.3', group: '不予公开', name: '危及“三安全一稳定”' },
  { code: '3.3.4', group: '不予公开', name: '保护第三方合法权益' },
  { code: '3.3.5', group: '不予公开', name: '属于三类内部事务信息' },
  { code: '3.3.6', group: '不予公开', name: '属于四类过程性信息' },
  { code: '3.3.7', group: '不予公开', name: '属于行政执法案卷' },
  { code: '3.3.8', group: '不予公开', name: '属于行政查询事项' },
  { code: '3.4.1', group: '无法提供', name: '本机关不掌握相关政府信息' },
  { code: '3.4.2', group: '无法提供', name: '没有现成信息需要另行制作' },
  { code: '3.4.3', group: '无法提供', name: '补正后申请内容仍不明确' },
  { code: '3.5.1', group: '不予处理', name: '信访举报投诉类申请' },
  { code: '3.5.2', group: '不予处理', name: '重复申请' },
  { code: '3.5.3', group: '不予处理', name: '要求提供公开出版物' },
  { code: '3.5.4', group: '不予处理', name: '无正当理由大量反复申请' },
  { code: '3.5.5', group: '不予处理', name: '要求行政机关确认或重新出具已获取信息' },
  { code: '3.6.1', group: '其他处理', name: '申请人无正当理由逾期不补正' },
  { code: '3.6.2', group: '其他处理', name: '申请人逾期未按收费通知要求缴纳费用' },
  { code: '3.6.3', group: '其他处理', name: '其他' },
]

export function outcomeLabel(code: string | null): string {
  if (!code) return ''
  const row = outcomes.find((o) => o.code === code)
  return row ? `${row.code} ${row.group}（${row.name}）` : code
}
