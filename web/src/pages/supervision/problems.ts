import { ApiProblem } from '../../api/problem'

/**
 * The message a problem gives for one request field. The platform answers `errors` as a list of {field, message}
 * (some services as a map of field → messages): both are read.
 */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!(error instanceof ApiProblem)) return null
  const errors = error.body.errors as unknown
  if (Array.isArray(errors)) {
    const found = errors
      .filter((e): e is { field: string; message: string } => typeof e === 'object' && e !== null && 'field' in e)
      .filter((e) => e.field.replace(/^\$\.?/, '').toLowerCase() === field.toLowerCase())
      .map((e) => e.message)
    return found.length ? found.join('；') : null
  }
  if (errors && typeof errors === 'object') {
    const entry = Object.entries(errors as Record<string, unknown>).find(
      ([name]) => name.replace(/^\$\.?/, '').toLowerCase() === field.toLowerCase(),
    )
    if (entry) return Array.isArray(entry[1]) ? entry[1].join('；') : String(entry[1])
  }
  return null
}
