import { normaliseField, type ProblemBody } from '../../api/problem'

/**
 * The messages per field of a problem answer. The services send `errors` as a list of `{field, message}`
 * (FieldError); a map of field → messages (ASP.NET's validation shape) and a single `field` are read too. Entries
 * that name no field (e.g. the list of materials a notice omitted) are left to the problem's detail.
 */
export function problemFields(body: ProblemBody): Record<string, string> {
  const result: Record<string, string> = {}
  const add = (field: string, message: string) => {
    const name = normaliseField(field)
    result[name] = result[name] ? `${result[name]}；${message}` : message
  }
  const errors: unknown = body.errors
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (entry && typeof entry === 'object') {
        const { field, message } = entry as { field?: unknown; message?: unknown }
        if (typeof field === 'string' && typeof message === 'string') add(field, message)
      }
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
      if (Array.isArray(messages)) add(field, messages.map(String).join('；'))
      else if (typeof messages === 'string') add(field, messages)
    }
  }
  if (typeof body.field === 'string' && !result[normaliseField(body.field)]) {
    add(body.field, body.detail || body.title || '')
  }
  return result
}
