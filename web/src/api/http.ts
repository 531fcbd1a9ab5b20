import { ApiProblem, type ProblemBody } from './problem'
import { session } from '../auth/session'

/** Called when the server says the session is over (401): the router sends the user to sign in. */
let onUnauthorized: (() => void) | null = null
export function whenUnauthorized(handler: () => void) {
  onUnauthorized = handler
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>
  body?: unknown
  headers?: Record<string, string>
  /** Skip the bearer token (anonymous pages such as the kiosk stay anonymous even when someone is signed in). */
  anonymous?: boolean
}

export function url(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** One call to the platform's API on the same origin; a problem answer becomes an ApiProblem. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (!options.anonymous && session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch(url(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  if (response.status === 401 && !options.anonymous && session.token) {
    session.end()
    onUnauthorized?.()
  }
  const type = response.headers.get('Content-Type') ?? ''
  const payload = type.includes('json') ? await response.json() : await response.text()
  if (!response.ok) {
    const body: ProblemBody =
      typeof payload === 'object' && payload !== null ? (payload as ProblemBody) : { title: String(payload) }
    throw new ApiProblem(response.status, body)
  }
  return payload as T
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], options: RequestOptions = {}) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>('PUT', path, { ...options, body }),
}

/** A fresh Idempotency-Key for a write the user may retry (double click, lost answer). */
export function idempotencyKey(): string {
  return crypto.randomUUID()
}

/** The platform's paged lists. */
export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}
