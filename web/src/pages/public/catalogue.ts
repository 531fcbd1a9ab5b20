/** The catalogue's public answers (办事指南) and the words people read for their codes. */

export interface MatterSummary {
  code: string
  name: string
  type: string
  typeName: string
  departmentCode: string
  departmentName: string
  handlingKind: 'instant' | 'promised'
  statutoryLimitDays: number | null
  promisedLimitDays: number
  onSiteVisits: number
}

export interface MaterialRequirement {
  name: string
  required: boolean
  form: string
  medium: string
  copies: number
}

export interface MatterGuide {
  code: string
  version: number
  effectiveFrom: string | null
  name: string
  type: string
  typeName: string
  departmentCode: string
  departmentName: string
  handlingKind: 'instant' | 'promised'
  statutoryLimitDays: number | null
  promisedLimitDays: number
  limitUnit: string
  legalBasis: string | null
  serviceObject: string | null
  conditions: string | null
  materials: MaterialRequirement[]
  process: string | null
  fee: number | null
  feeBasis: string | null
  onSiteVisits: number
  onlineDepth: number | null
  location: string | null
  hours: string | null
  phones: string | null
  /** Where it may be taken in: always county; town/village for 镇村代办 (absent from an older catalogue). */
  intakeLevels?: string[]
}

export interface Department {
  code: string
  name: string
  publishedMatters: number
}

/** The national type codes the search offers (the same list as the catalogue's MatterTypes). */
export const matterTypes: { code: string; name: string }[] = [
  { code: '01', name: '行政许可' },
  { code: '02', name: '行政处罚' },
  { code: '03', name: '行政强制' },
  { code: '04', name: '行政征收' },
  { code: '05', name: '行政给付' },
  { code: '06', name: '行政检查' },
  { code: '07', name: '行政确认' },
  { code: '08', name: '行政奖励' },
  { code: '09', name: '行政裁决' },
  { code: '10', name: '其他行政权力' },
  { code: '20', name: '公共服务' },
]

export function formLabel(form: string): string {
  return form === 'copy' ? '复印件' : form === 'original' ? '原件' : form
}

export function mediumLabel(medium: string): string {
  return medium === 'electronic' ? '电子' : medium === 'paper' ? '纸质' : medium
}

export function handlingLabel(kind: string): string {
  return kind === 'instant' ? '即办件' : kind === 'promised' ? '承诺件' : kind
}

/** "20 个工作日", "—" for none; an instant matter's promised limit reads 当场办结. */
export function limitText(days: number | null | undefined, instant = false): string {
  if (instant && days === 0) return '当场办结'
  if (days === null || days === undefined) return '—'
  return `${days} 个工作日`
}

/** "不收费" for none or zero, else the amount in yuan. */
export function feeText(fee: number | null | undefined): string {
  if (fee === null || fee === undefined || fee === 0) return '不收费'
  return `${fee.toFixed(2)} 元`
}

/** 办理流程 "申请→受理→审查" as its steps. */
export function processSteps(process: string | null | undefined): string[] {
  return (process ?? '')
    .split(/→|->|＞|>/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

const onlineDepths: Record<number, string> = {
  1: '一级：网上提供办事指南',
  2: '二级：网上预约、下载表格',
  3: '三级：网上申请、预审',
  4: '四级：全程网办',
}

export function onlineDepthText(depth: number | null | undefined): string {
  if (depth === null || depth === undefined) return '—'
  return onlineDepths[depth] ?? `${depth} 级`
}

export const dayKindLabels: Record<string, string> = {
  workday: '工作日',
  weekend: '周末休息日',
  holiday: '法定节假日',
  'makeup-workday': '调休上班日',
}

export const caseStatusLabels: Record<string, string> = {
  open: '办理中',
  suspended: '暂停计时（特别程序）',
  completed: '已办结',
}

export const stageStatusLabels: Record<string, string> = {
  submitted: '已提交，待受理',
  'awaiting-materials': '待补齐材料',
  rejected: '不予受理',
  'in-progress': '并联审批中',
  stopped: '补正中（计时暂停）',
  completed: '已办结',
  refused: '不予许可',
}

export const timelineStepLabels: Record<string, string> = {
  accepted: '受理',
  suspended: '暂停计时',
  resumed: '恢复计时',
  extended: '延长时限',
  completed: '办结',
  claimed: '认领',
  rated: '评价',
}

export const caseResultLabels: Record<string, string> = { approved: '准予', denied: '不予' }

/** "可在县、镇、村办理": the places a matter may be taken in (county always). */
export function intakeLevelsText(levels: string[] | null | undefined): string {
  const short: Record<string, string> = { county: '县', town: '镇', village: '村' }
  const known = ['county', 'town', 'village'].filter((l) => l === 'county' || levels?.includes(l))
  return `可在${known.map((l) => short[l]).join('、')}办理`
}
