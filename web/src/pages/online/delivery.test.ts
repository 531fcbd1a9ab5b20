import { describe, expect, it } from 'vitest'
import { deliveryProblems, deliveryRequest, deliveryText, dispositionName } from './delivery'

describe('送达', () => {
  it('needs an address for post only', () => {
    expect(deliveryProblems('', '')).toEqual({ method: '请选择送达方式。' })
    expect(deliveryProblems('window', '')).toEqual({})
    expect(deliveryProblems('electronic', '')).toEqual({})
    expect(deliveryProblems('post', '  ').address).toContain('收件地址')
    expect(deliveryProblems('post', '字'.repeat(201)).address).toContain('200')
    expect(deliveryRequest('post', ' 城关镇幸福路 1 号 ')).toEqual({ method: 'post', address: '城关镇幸福路 1 号' })
    expect(deliveryRequest('window', 'x')).toEqual({ method: 'window', address: null })
  })
  it('reads the delivery of a list row', () => {
    expect(deliveryText(null, null)).toBe('未选择')
    expect(deliveryText('post', null)).toBe('邮寄（待送达）')
    expect(deliveryText('electronic', '2026-12-02T10:00:00+08:00')).toBe('电子证照（已送达）')
  })
  it('takes the download name from Content-Disposition', () => {
    expect(dispositionName(null, 'a.pdf')).toBe('a.pdf')
    expect(dispositionName('attachment; filename="licence.pdf"', 'a.pdf')).toBe('licence.pdf')
    expect(dispositionName("attachment; filename=x.pdf; filename*=UTF-8''%E8%AF%81%E7%85%A7.pdf", 'a')).toBe('证照.pdf')
  })
})
