import type { OfficerProject } from './types'

/**
 * What the trading officer can do next on a project, by procedure and status (DESIGN §6 Bidding): the workbench
 * shows one panel per key, so each step appears when (and only while) it makes sense.
 */
export type Panel =
  | 'opening'
  | 'experts-draw'
  | 'evaluation'
  | 'candidates'
  | 'objections'
  | 'award'
  | 'contract'
  | 'registrations'
  | 'selection'
  | 'completion'
  | 'auction'

export const tenderProcedures = ['open-tender', 'inquiry', 'negotiation']

export function panelsFor(p: Pick<OfficerProject, 'procedure' | 'status' | 'completedAt'>): Panel[] {
  const { procedure, status } = p
  if (procedure === 'fixed-price') {
    if (status === 'awarded') return p.completedAt ? ['registrations', 'contract'] : ['registrations', 'contract', 'completion']
    if (status === 'failed') return ['registrations']
    return ['registrations', 'selection']
  }
  if (procedure === 'auction') {
    if (status === 'awarded') return ['auction', 'contract']
    if (status === 'failed') return ['auction']
    return ['registrations', 'auction']
  }
  switch (status) {
    case 'announced':
    case 'bidding':
    case 'opened':
      return ['opening']
    case 'evaluating':
      return ['opening', 'experts-draw', 'evaluation', 'candidates']
    case 'candidates':
      return ['evaluation', 'objections', 'award']
    case 'awarded':
      return ['evaluation', 'objections', 'contract']
    default:
      // 流标: nothing left to do but look (the opening hall keeps the board).
      return []
  }
}

/** Why the award cannot be made now (null when it can): publicity not over, an objection still open. */
export function awardBlocker(
  p: Pick<OfficerProject, 'status' | 'publicityEndsAt'>,
  openObjections: number,
  now: number,
): string | null {
  if (p.status !== 'candidates') return '只有中标候选人公示中的项目可以定标。'
  if (p.publicityEndsAt && new Date(p.publicityEndsAt).getTime() > now) return '公示期未满，公示结束后方可定标。'
  if (openObjections > 0) return `有 ${openObjections} 件异议尚未答复，答复后方可定标。`
  return null
}

const dayMs = 24 * 60 * 60 * 1000
export const contractDays = 30

/** Whole days an awarded project's contract is overdue (signed within 30 days of the award), 0 when it is not. */
export function contractOverdueDays(
  p: Pick<OfficerProject, 'status' | 'awardedAt' | 'contractSignedAt' | 'contractDueAt'>,
  now: number,
): number {
  if (p.status !== 'awarded' || p.contractSignedAt || !p.awardedAt) return 0
  const due = p.contractDueAt ? new Date(p.contractDueAt).getTime() : new Date(p.awardedAt).getTime() + contractDays * dayMs
  return now > due ? Math.ceil((now - due) / dayMs) : 0
}

/** Chinese names of the panels (headings and the workbench's step list). */
export const panelTitles: Record<Panel, string> = {
  opening: '开标',
  'experts-draw': '抽取评标专家',
  evaluation: '评审情况',
  candidates: '公示中标候选人',
  objections: '异议',
  award: '定标',
  contract: '合同登记',
  registrations: '报名与资格审查',
  selection: '抽取成交单位',
  completion: '竣工',
  auction: '拍卖·挂牌',
}
