import { creditCodeProblem } from '../../lib/identifiers'

/** The 发布公告 form as the officer fills it; the deadline is hall time (+08:00) from a datetime-local input. */
export interface AnnounceForm {
  name: string
  procedure: string
  category: string
  budget: number | null
  buyerName: string
  buyerCreditCode: string
  evaluationMethod: string
  priceWeight: number | null
  increment: number | null
  reservePrice: number | null
  qualification: string
  documentTitle: string
  documentUrl: string
  /** "2026-12-20T09:30" */
  bidDeadline: string
}

export function emptyAnnounceForm(): AnnounceForm {
  return {
    name: '',
    procedure: 'open-tender',
    category: 'works',
    budget: null,
    buyerName: '',
    buyerCreditCode: '',
    evaluationMethod: 'lowest-price',
    priceWeight: 30,
    increment: null,
    reservePrice: null,
    qualification: '',
    documentTitle: '',
    documentUrl: '',
    bidDeadline: '',
  }
}

/** 固定价比选 is for works under 2,000,000 yuan. */
export const fixedPriceLimit = 2_000_000

/** Procedures that take an evaluation method (fixed-price draws, auctions take the highest bid). */
export function hasEvaluation(procedure: string): boolean {
  return procedure !== 'fixed-price' && procedure !== 'auction'
}

function hasCents(n: number): boolean {
  return Math.round(n * 100) !== n * 100 && Math.abs(Math.round(n * 100) - n * 100) > 1e-6
}

/** The problems the page can tell before sending, by field (the server checks the same and more). */
export function announceProblems(form: AnnounceForm, now: number): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.name.trim()) errors.name = '请填写项目名称。'
  const budget = form.budget
  if (budget === null || !(budget > 0) || hasCents(budget)) {
    errors.budget = '预算（控制价、起始价）应为正数，单位元，最多两位小数。'
  } else if (form.procedure === 'fixed-price' && budget >= fixedPriceLimit) {
    errors.budget = '固定价比选只适用于 200 万元以下的工程。'
  }
  if (!form.buyerName.trim()) errors.buyerName = '请填写采购人（招标人）名称。'
  const credit = creditCodeProblem(form.buyerCreditCode.trim().toUpperCase())
  if (credit) errors.buyerCreditCode = credit
  if (hasEvaluation(form.procedure) && form.evaluationMethod === 'weighted') {
    const w = form.priceWeight
    if (w === null || !(w > 0 && w <= 100)) errors.priceWeight = '综合评分法须给出价格分权重（0 到 100 分）。'
  }
  if (form.procedure === 'auction') {
    if (form.increment === null || !(form.increment > 0)) errors.increment = '请填写加价幅度（大于 0 元）。'
    if (form.reservePrice !== null && budget !== null && form.reservePrice < budget) {
      errors.reservePrice = '保留价不能低于起始价（预算）。'
    }
  }
  if ((form.documentTitle.trim() === '') !== (form.documentUrl.trim() === '')) {
    errors.documents = '招标文件须同时填写标题和链接。'
  } else if (form.documentUrl.trim() && !/^https?:\/\/\S+$/.test(form.documentUrl.trim())) {
    errors.documents = '文件地址只能是 http 或 https 链接。'
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(form.bidDeadline)) {
    errors.bidDeadline = '请选择投标截止时间。'
  } else if (new Date(hallInstant(form.bidDeadline)).getTime() <= now) {
    errors.bidDeadline = '投标截止时间应晚于现在。'
  }
  return errors
}

/** "2026-12-20T09:30" (hall wall time) → "2026-12-20T09:30:00+08:00". */
export function hallInstant(local: string): string {
  return `${local.slice(0, 16)}:00+08:00`
}

/** The body of POST /api/bidding/projects: only the fields the procedure takes. */
export function announceRequest(form: AnnounceForm) {
  const evaluated = hasEvaluation(form.procedure)
  const method = evaluated ? form.evaluationMethod : 'lowest-price'
  return {
    name: form.name.trim(),
    procedure: form.procedure,
    category: form.category,
    budget: form.budget,
    buyerName: form.buyerName.trim(),
    buyerCreditCode: form.buyerCreditCode.trim().toUpperCase(),
    evaluationMethod: method,
    priceWeight: method === 'weighted' ? form.priceWeight : null,
    increment: form.procedure === 'auction' ? form.increment : null,
    reservePrice: form.procedure === 'auction' ? form.reservePrice : null,
    qualification: form.qualification.trim() || null,
    documents: form.documentUrl.trim() ? [{ title: form.documentTitle.trim(), url: form.documentUrl.trim() }] : [],
    bidDeadline: hallInstant(form.bidDeadline),
  }
}
