/**
 * An attachment's address as a link target only when it leads to an http or https page (a site path such as
 * "/files/a.pdf" resolves to this site's http(s) address); anything else (javascript:, data:, vbscript:, file:,
 * a protocol-relative "//host") gets no link at all and is shown as plain text.
 */
export function safeHref(url: string | null | undefined, base = 'http://localhost/'): string | null {
  if (!url) return null
  const text = url.trim()
  if (text !== url || /[\s\\<>"`]/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return null
  if (text.startsWith('//')) return null
  let parsed: URL
  try {
    parsed = new URL(text, base)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (!text.startsWith('/') && !/^https?:\/\//i.test(text)) return null
  return text
}
