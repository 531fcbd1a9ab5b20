import { api } from '../api/http'
import { hallToday } from './hallTime'

/**
 * Working days from today (hall time) to a due date, by the hall calendar (GET /api/catalogue/calendar/between,
 * anonymous): for views that carry a due date but not the days left (a case's detail, an applicant's cases).
 * Null when the calendar cannot say (a year without a holiday notice); one request per distinct date.
 */
const cache = new Map<string, Promise<number | null>>()

export function workingDaysUntil(dueDate: string, today: string = hallToday()): Promise<number | null> {
  const key = `${today}→${dueDate}`
  let answer = cache.get(key)
  if (!answer) {
    answer = api
      .get<{ workingDays: number }>('/api/catalogue/calendar/between', { from: today, to: dueDate }, { anonymous: true })
      .then((a) => (typeof a.workingDays === 'number' ? a.workingDays : null))
      .catch(() => null)
    cache.set(key, answer)
  }
  return answer
}
