import { ApiProblem, describe } from '../../api/problem'

/**
 * A failed call as the disclosure pages show it: messages per field (ApiProblem.fieldErrors), and one
 * sentence for the rest.
 */
export interface Shown {
  fields: Record<string, string>
  text: string
}

export function shown(error: unknown): Shown {
  return { fields: error instanceof ApiProblem ? error.fieldErrors : {}, text: describe(error) }
}
