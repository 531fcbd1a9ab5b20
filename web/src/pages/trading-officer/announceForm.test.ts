import { describe, expect, it } from 'vitest'
import { announceProblems, announceRequest, emptyAnnounceForm, type AnnounceForm } from './announceForm'

const now = new Date('2026-12-02T10:00:00+08:00').getTime()
const valid = (): AnnounceForm => ({
  ...emptyAnnounceForm(),
  name: '示范路面维修工程',
  budget: 1_200_000,
  buyerName: '示范市交通运输局',
  buyerCreditCode: '91110108MA01KPGK0L',
  bidDeadline: '2026-12-25T09:30',
})

describe('发布公告 form', () => {
  it('accepts a complete tender and sends the deadline in hall time', () => {
    expect(announceProblems(valid(), now)).toEqual({})
    const body = announceRequest(valid())
    expect(body.bidDeadline).toBe('2026-12-25T09:30:00+08:00')
    expect(body.priceWeight).toBeNull()
    expect(body.increment).toBeNull()
    expect(body.documents).toEqual([])
  })
  it('names every missing or wrong field', () => {
    const problems = announceProblems({ ...emptyAnnounceForm(), buyerCreditCode: '123' }, now)
    expect(Object.keys(problems).sort()).toEqual(['bidDeadline', 'budget', 'buyerCreditCode', 'buyerName', 'name'])
    expect(announceProblems({ ...valid(), budget: 10.005 }, now).budget).toBeDefined()
    expect(announceProblems({ ...valid(), bidDeadline: '2026-12-01T09:30' }, now).bidDeadline).toContain('晚于现在')
    expect(announceProblems({ ...valid(), documentTitle: '招标文件' }, now).documents).toBeDefined()
  })
  it('asks the weighted method for a price weight and sends it', () => {
    const form = { ...valid(), evaluationMethod: 'weighted', priceWeight: 0 }
    expect(announceProblems(form, now).priceWeight).toBeDefined()
    expect(announceRequest({ ...form, priceWeight: 30 }).priceWeight).toBe(30)
  })
  it('keeps fixed-price under 2,000,000 yuan', () => {
    expect(announceProblems({ ...valid(), procedure: 'fixed-price', budget: 2_000_000 }, now).budget).toContain('200 万')
    expect(announceRequest({ ...valid(), procedure: 'fixed-price', evaluationMethod: 'weighted' }).evaluationMethod)
      .toBe('lowest-price')
  })
  it('asks an auction for its increment and a reserve not below the start price', () => {
    const auction = { ...valid(), procedure: 'auction', category: 'land' }
    expect(announceProblems(auction, now).increment).toBeDefined()
    expect(announceProblems({ ...auction, increment: 10000, reservePrice: 1_000_000 }, now).reservePrice).toBeDefined()
    const body = announceRequest({ ...auction, increment: 10000, reservePrice: 1_500_000 })
    expect([body.increment, body.reservePrice]).toEqual([10000, 1_500_000])
  })
})
