/**
 * 好差评 (national evaluation of government services): five grades from 非常不满意 to 非常满意, and the reasons people
 * most often give, offered as one-tap choices (sent as the rating's category, at most 50 characters).
 */
export interface ScoreChoice {
  score: number
  label: string
}

export const scores: ScoreChoice[] = [
  { score: 5, label: '非常满意' },
  { score: 4, label: '满意' },
  { score: 3, label: '基本满意' },
  { score: 2, label: '不满意' },
  { score: 1, label: '非常不满意' },
]

export function scoreLabel(score: number | null | undefined): string {
  return scores.find((s) => s.score === score)?.label ?? ''
}

/** 好评 (4–5) and 差评 (1–2) reasons; a 3 gets both lists' neutral reasons. */
const goodReasons = ['服务热情', '办事高效', '一次办好', '指引清楚', '环境舒适']
const badReasons = ['等候时间长', '服务态度差', '材料要求不清', '多次跑动', '办理超时', '其他']

export function reasonsFor(score: number | null | undefined): string[] {
  if (!score) return []
  if (score >= 4) return goodReasons
  if (score <= 2) return badReasons
  return ['办事效率一般', '等候时间长', '指引不够清楚', '其他']
}

/** Whether a rating this low asks the applicant what went wrong (差评 leads to rectification, DESIGN §5). */
export function isPoor(score: number | null | undefined): boolean {
  return typeof score === 'number' && score <= 2
}

/** The score a case's timeline records ("评价：5 星"), when it was rated. */
export function ratedScore(timeline: { step: string; note?: string | null }[] | null | undefined): number | null {
  const entry = [...(timeline ?? [])].reverse().find((e) => e.step === 'rated')
  if (!entry) return null
  const match = /(\d)\s*星/.exec(entry.note ?? '')
  return match ? Number(match[1]) : 0
}
