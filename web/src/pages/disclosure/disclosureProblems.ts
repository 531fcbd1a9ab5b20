import { ApiProblem, describe, normaliseField } from '../../api/problem'

/**
 * A failed call as the disclosure pages show it: messages per field (the platform's problems list them as
 * `errors: [{field, message}]`), and one sentence for the rest.
 */
export interface Shown {
  fields: Record<string, string>
  text: string
}

export function shown(error: unknown): Shown {
  const fields: Record<string, string> = {}
  if (error instanceof ApiProblem) {
    const errors = error.body.errors as unknown
    if (Array.isArray(errors)) {
      for (const e of errors as { field?: string; message?: string }[]) {
        if (!e.field) continue
        const key = normaliseField(e.field)
        fields[key] = fields[key] ? `${fields[key]}；${e.message ?? ''}` : (e.message ?? '')
      }
    } else if (errors && typeof errors === 'object') {
      Object.assign(fields, error.fieldErrors)
    }
  }
  return { fields, text: describe(error) }
}
