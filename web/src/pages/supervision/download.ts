import { session } from '../../auth/session'
import { ApiProblem, type ProblemBody } from '../../api/problem'

/** Fetches a file with the bearer token (a plain link could not send it) and saves it under the server's name. */
export async function downloadWithToken(path: string, fallbackName: string): Promise<string> {
  const headers: Record<string, string> = {}
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch(path, { headers })
  if (!response.ok) {
    const type = response.headers.get('Content-Type') ?? ''
    const body: ProblemBody = type.includes('json') ? await response.json() : { title: await response.text() }
    throw new ApiProblem(response.status, body)
  }
  const name = fileName(response.headers.get('Content-Disposition')) ?? fallbackName
  const blob = await response.blob()
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
  return name
}

/** The file name of a Content-Disposition header, preferring the UTF-8 filename* form (Chinese names). */
export function fileName(disposition: string | null): string | null {
  if (!disposition) return null
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (encoded) return decodeURIComponent(encoded[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : null
}
