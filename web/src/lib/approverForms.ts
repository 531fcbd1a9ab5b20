import { reactive, ref } from 'vue'
import { ApiProblem, describe, normaliseField } from '../api/problem'

/**
 * Messages per field of a problem: the platform writes `errors` as a list of {field, message} (FieldError); a
 * dictionary of messages per field (ASP.NET's validation problems) is read too.
 */
export function problemFieldErrors(problem: ApiProblem): Record<string, string> {
  const result: Record<string, string> = {}
  const add = (field: unknown, message: unknown) => {
    if (typeof field !== 'string' || !field) return
    const text = Array.isArray(message) ? message.join('；') : String(message ?? '')
    const key = normaliseField(field)
    result[key] = result[key] ? `${result[key]}；${text}` : text
  }
  const errors: unknown = problem.body.errors
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (entry && typeof entry === 'object') {
        const e = entry as Record<string, unknown>
        add(e.field ?? e.Field ?? e.column, e.message ?? e.Message)
      }
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) add(field, messages)
  }
  if (typeof problem.body.field === 'string' && !result[normaliseField(problem.body.field)]) {
    add(problem.body.field, problem.text)
  }
  return result
}

/**
 * A form's problems as the brief asks: each field error next to the input it names (when the form has that field),
 * anything else (and a field the form does not show) in one alert.
 */
export function useProblems(fields: readonly string[]) {
  const fieldErrors = reactive<Record<string, string>>({})
  const alert = ref('')

  function clear() {
    alert.value = ''
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
  }

  function show(error: unknown) {
    clear()
    if (!(error instanceof ApiProblem)) {
      alert.value = describe(error)
      return
    }
    const given = problemFieldErrors(error)
    const unplaced: string[] = []
    for (const [name, message] of Object.entries(given)) {
      if (fields.includes(name)) fieldErrors[name] = message
      else unplaced.push(message)
    }
    if (Object.keys(given).length === 0) alert.value = error.text
    else if (unplaced.length > 0) alert.value = unplaced.join('；')
  }

  return { fieldErrors, alert, clear, show }
}
