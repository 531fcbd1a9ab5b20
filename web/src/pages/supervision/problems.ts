import { ApiProblem } from '../../api/problem'

/** The message a problem gives for one request field (any letter case), or null. */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!(error instanceof ApiProblem)) return null
  const wanted = field.toLowerCase()
  const entry = Object.entries(error.fieldErrors).find(([name]) => name.toLowerCase() === wanted)
  return entry ? entry[1] : null
}
