import { describe, expect, it } from 'vitest'
import { safeHref } from './disclosureLinks'

describe('attachment links', () => {
  it('keeps http, https and site paths', () => {
    expect(safeHref('https://www.gov.cn/zhengce/a.pdf')).toBe('https://www.gov.cn/zhengce/a.pdf')
    expect(safeHref('http://example.org/x')).toBe('http://example.org/x')
    expect(safeHref('/files/map.pdf')).toBe('/files/map.pdf')
  })
  it('refuses script and other schemes, whatever their case or disguise', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<b>x</b>', 'vbscript:msgbox', 'file:///etc/passwd', '//evil.example/x', 'relative/path.pdf',
      'https://a.example/"onmouseover=', '']) {
      expect(safeHref(url)).toBeNull()
    }
  })
})
