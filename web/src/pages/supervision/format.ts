/** How the dashboards print the supervision figures (DESIGN §5): rates as percentages with one decimal. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

export function decimal(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return value.toFixed(digits)
}

export function workingDays(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value} 个工作日`
}

export function yuan(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`
}

export const warningLevels: Record<string, string> = { yellow: '黄牌', red: '红牌' }

export const warningStatuses: Record<string, string> = {
  active: '生效中',
  cleared: '已解除',
  appealed: '申诉中',
  upheld: '维持预警',
  revoked: '已撤销',
}

export const warningActions: Record<string, string> = {
  raised: '预警',
  appealed: '部门申诉',
  upheld: '裁决：维持预警',
  revoked: '裁决：撤销预警',
  cleared: '办结解除',
  redated: '期限重算',
  'cleared-redated': '期限顺延解除',
}

export const rectificationStatuses: Record<string, string> = {
  open: '整改中',
  closed: '已整改',
  overdue: '逾期未整改',
}

/** The first day of the hall date's month: "2026-12-02" → "2026-12-01". */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`
}

/** The first day of the hall date's year. */
export function yearStart(date: string): string {
  return `${date.slice(0, 4)}-01-01`
}

/** A date n days before (hall dates are calendar dates; UTC arithmetic avoids the browser's zone). */
export function daysBefore(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d - n))
  return t.toISOString().slice(0, 10)
}

/** The month before "2026-12" style: for the monthly report's default. */
export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Departments ranked by a live count, largest first, with their names. */
export function departmentRows(
  counts: Record<string, number>,
  completed: Record<string, number>,
  names: Record<string, string>,
): { code: string; name: string; accepted: number; completed: number }[] {
  const codes = new Set([...Object.keys(counts), ...Object.keys(completed)])
  return [...codes]
    .map((code) => ({ code, name: names[code] ?? code, accepted: counts[code] ?? 0, completed: completed[code] ?? 0 }))
    .sort((a, b) => b.completed - a.completed || b.accepted - a.accepted || a.code.localeCompare(b.code))
}

/** The channels' counts with their labels and shares of the total (the dashboard's channel panel). */
export function channelRows(
  counts: { window: number; online: number; agent: number } | null | undefined,
): { channel: string; label: string; count: number; share: number | null }[] {
  const c = counts ?? { window: 0, online: 0, agent: 0 }
  const total = c.window + c.online + c.agent
  const share = (n: number) => (total > 0 ? n / total : null)
  return [
    { channel: 'window', label: '窗口受理', count: c.window, share: share(c.window) },
    { channel: 'online', label: '网上申办', count: c.online, share: share(c.online) },
    { channel: 'agent', label: '镇村代办', count: c.agent, share: share(c.agent) },
  ]
}

/** The filter the figures are for, in words: "全部网点", "镇级网点", or the point's name. */
export function filterLabel(point: string, level: string, names: Record<string, string>): string {
  if (point) return names[point] ?? point
  return level ? `${{ county: '县级', town: '镇级', village: '村级' }[level] ?? level}网点` : '全部网点'
}
