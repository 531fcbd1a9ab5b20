// The window's checks of a file before it is sent; the upload itself goes through the portal's one file transfer
// (online/fileTransfer.ts).

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
