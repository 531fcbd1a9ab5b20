import { ApiProblem, type ProblemBody } from '../../api/problem'
import { session } from '../../auth/session'
import type { StoredFileView } from './onlineApi'
import { dispositionName } from './delivery'

/**
 * Uploads and downloads of intake's files: multipart and binary answers, which the JSON helper does not carry. The
 * token goes in the header as everywhere (never in a link), so a download is fetched and handed to the browser as a
 * blob rather than opened by address.
 */
function authorised(): Record<string, string> {
  return session.token ? { Authorization: `Bearer ${session.token}` } : {}
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('Content-Type') ?? ''
  const body: ProblemBody = type.includes('json')
    ? ((await response.json()) as ProblemBody)
    : { title: (await response.text()) || `请求失败（${response.status}）` }
  return new ApiProblem(response.status, body)
}

/** POST /api/intake/files: one material (or, for staff, a result) as multipart form data. */
export async function uploadFile(file: File, purpose: 'material' | 'result' = 'material'): Promise<StoredFileView> {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('purpose', purpose)
  const response = await fetch('/api/intake/files', {
    method: 'POST',
    headers: { Accept: 'application/json', ...authorised() },
    body: form,
  })
  if (!response.ok) throw await problemOf(response)
  return (await response.json()) as StoredFileView
}

/** GET /api/intake/files/{id}, saved under the name the service gives (else the fallback) by the browser. */
export async function downloadFile(id: string, fallbackName: string): Promise<void> {
  const response = await fetch(`/api/intake/files/${encodeURIComponent(id)}`, { headers: authorised() })
  if (!response.ok) throw await problemOf(response)
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = dispositionName(response.headers.get('Content-Disposition'), fallbackName)
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}
