/**
 * How many working days are left is the server's figure (it knows the holiday notices); this only turns it into what
 * people read, with the colour of DESIGN §5's warnings: red past due, yellow when few days are left.
 */
export type Urgency = 'none' | 'yellow' | 'red' | 'done'

export interface Countdown {
  text: string
  urgency: Urgency
}

export function countdown(
  workingDaysLeft: number | null | undefined,
  completed = false,
  yellowWhenAtMost = 1,
): Countdown {
  if (completed) return { text: '已办结', urgency: 'done' }
  if (workingDaysLeft === null || workingDaysLeft === undefined) return { text: '—', urgency: 'none' }
  if (workingDaysLeft < 0) return { text: `已超期 ${-workingDaysLeft} 个工作日`, urgency: 'red' }
  if (workingDaysLeft === 0) return { text: '今日到期', urgency: 'yellow' }
  return {
    text: `剩余 ${workingDaysLeft} 个工作日`,
    urgency: workingDaysLeft <= yellowWhenAtMost ? 'yellow' : 'none',
  }
}

/** An explicit server warning wins over the countdown's own judgement (the server's rule also counts limit shares). */
export function urgencyOf(warning: string | null | undefined, fallback: Urgency): Urgency {
  return warning === 'red' || warning === 'yellow' ? warning : fallback
}

/** Element Plus tag type for an urgency. */
export function tagType(urgency: Urgency): 'danger' | 'warning' | 'success' | 'info' {
  switch (urgency) {
    case 'red':
      return 'danger'
    case 'yellow':
      return 'warning'
    case 'done':
      return 'success'
    default:
      return 'info'
  }
}
