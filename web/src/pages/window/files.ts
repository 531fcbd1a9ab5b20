import { session } from '../../auth/session'
import { ApiProblem, type ProblemBody } from '../../api/problem'

/** A stored upload (POST /api/intake/files). */
export interface StoredFile {
  id: string
  fileName: string
  contentType: string
  size: number
  sha256: string
  purpose: 'material' | 'result'
}

/** The extensions the service takes (it checks the leading bytes too). */
export const allowedExtensions = ['pdf', 'jpg', 'jpeg', 'png', 'ofd']

/** Why a file cannot be sent, as the service would say it, or null. */
export function fileProblem(file: { name: string; size: number } | null, maxBytes = 10 * 1024 * 1024): string | null {
  if (!file) return '请选择结果文件（PDF、JPG、PNG 或 OFD）。'
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  if (!allowedExtensions.includes(extension)) return '只接受 PDF、JPG、PNG 或 OFD 文件。'
  if (file.size === 0) return '文件是空的。'
  if (file.size > maxBytes) return `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限。`
  return null
}

/** "1.2 MB" / "830 KB" for a size in bytes. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** A multipart upload with the bearer token (the JSON helper cannot send a form); a problem becomes an ApiProblem. */
export async function uploadFile(file: File, purpose: 'material' | 'result'): Promise<StoredFile> {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('purpose', purpose)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  const response = await fetch('/api/intake/files', { method: 'POST', headers, body: form })
  const type = response.headers.get('Content-Type') ?? ''
  const payload: unknown = type.includes('json') ? await response.json() : await response.text()
  if (!response.ok) {
    const body: ProblemBody =
      typeof payload === 'object' && payload !== null ? (payload as ProblemBody) : { title: String(payload) }
    throw new ApiProblem(response.status, body)
  }
  return payload as StoredFile
}
