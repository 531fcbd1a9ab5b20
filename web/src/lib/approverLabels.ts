import { api } from '../api/http'

/**
 * The Chinese words for intake's codes (GET /api/intake/labels, anonymous) with a local copy that answers until the
 * service has them (an older host) or when the request fails: a page never shows a bare code.
 */
export interface IntakeLabels {
  caseStatus: Record<string, string>
  suspensionProcedures: Record<string, string>
  ticketStatus: Record<string, string>
  outcomes: Record<string, string>
}

export const fallbackLabels: IntakeLabels = {
  caseStatus: { open: '办理中', suspended: '特别程序中（暂停计时）', completed: '已办结' },
  suspensionProcedures: {
    hearing: '听证',
    inspection: '现场勘验',
    'expert-review': '专家评审',
    testing: '检验检测',
    'public-notice': '公示',
    other: '其他',
  },
  ticketStatus: { waiting: '等候中', called: '已叫号', 'no-show': '过号', served: '已办理' },
  outcomes: { accept: '受理', 'complete-now': '当场办结', notice: '一次性告知', reject: '不予受理' },
}

/** The service's words over the local ones, map by map (a map the service lacks keeps the local one). */
export function mergeLabels(answer: Partial<IntakeLabels> | null | undefined): IntakeLabels {
  const merged = { ...fallbackLabels }
  for (const key of Object.keys(fallbackLabels) as (keyof IntakeLabels)[]) {
    const given = answer?.[key]
    if (given && typeof given === 'object' && Object.keys(given).length > 0) merged[key] = { ...given }
  }
  return merged
}

let pending: Promise<IntakeLabels> | null = null

/** Loaded once per page load. */
export function intakeLabels(): Promise<IntakeLabels> {
  pending ??= api
    .get<Partial<IntakeLabels>>('/api/intake/labels', undefined, { anonymous: true })
    .then(mergeLabels)
    .catch(() => fallbackLabels)
  return pending
}

/** The word for a code, else the code itself (a new code the page does not know yet still shows). */
export function labelOf(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return ''
  return map[code] ?? code
}

/** Steps of a case's timeline (CaseView.timeline[].step). */
export const caseSteps: Record<string, string> = {
  accepted: '受理',
  suspended: '特别程序',
  resumed: '恢复计时',
  extended: '依法延期',
  completed: '办结',
  claimed: '认领',
  rated: '评价',
}

/**
 * A timeline note as people read it: the procedure code some notes carry ("特别程序（hearing）：…") replaced by its
 * word.
 */
export function readableNote(note: string | null | undefined, procedures: Record<string, string>): string {
  if (!note) return ''
  return note.replace(/（([a-z-]+)）/g, (whole, code: string) => (procedures[code] ? `（${procedures[code]}）` : whole))
}

export const caseResults: Record<string, string> = { approved: '准予', denied: '不予' }

/** Parallel-approval task statuses (TaskView.status) and decisions (DecisionRequest.decision). */
export const taskStatuses: Record<string, string> = {
  open: '待办',
  approved: '准予',
  'approved-with-conditions': '附条件准予',
  refused: '不予许可',
  closed: '已关闭',
}

export const taskDecisions: Record<string, string> = {
  approve: '准予',
  'approve-with-conditions': '附条件准予',
  'request-supplement': '要求补正',
  refuse: '不予许可',
}

/** Stage statuses (StageView.status) of the parallel-approval timeline. */
export const stageStatuses: Record<string, string> = {
  submitted: '已提交，牵头部门审查中',
  'awaiting-materials': '待补齐材料（一次性告知）',
  rejected: '不予受理',
  'in-progress': '并联审批中',
  stopped: '补正中（计时暂停）',
  completed: '已办结',
  refused: '不予许可',
}

export const stageSteps: Record<string, string> = {
  accepted: '受理',
  notice: '一次性告知',
  rejected: '不予受理',
  deferred: '容缺受理',
  'deferred-supplied': '补交容缺材料',
  'materials-supplied': '补齐材料',
  'supplement-requested': '要求补正',
  'supplement-answered': '补正答复',
  'task-approved': '部门准予',
  refused: '不予许可',
  completed: '阶段办结',
}

/** Element Plus tag type for a case status. */
export function caseStatusTag(status: string): 'success' | 'warning' | 'primary' {
  if (status === 'completed') return 'success'
  if (status === 'suspended') return 'warning'
  return 'primary'
}

/**
 * A timeline entry as one line: the step's word in bold and the note after it; a note that starts with the word
 * itself ("办结：准予") is not preceded by it again.
 */
export function timelineParts(
  step: string,
  note: string | null | undefined,
  steps: Record<string, string>,
  procedures: Record<string, string> = fallbackLabels.suspensionProcedures,
): { title: string; rest: string } {
  const title = labelOf(steps, step)
  const text = readableNote(note, procedures)
  if (!text) return { title, rest: '' }
  return text.startsWith(title) ? { title, rest: text.slice(title.length) } : { title, rest: `：${text}` }
}
