import { reactive, ref } from 'vue'
import { ApiProblem, describe } from '../api/problem'

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
    const given = error.fieldErrors
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
