import { describe, expect, it } from 'vitest'
import { awardBlocker, contractOverdueDays, panelsFor } from './actions'

const at = (text: string) => new Date(text).getTime()

describe('the officer workbench by procedure and status', () => {
  it('walks a tender through opening, experts, evaluation, candidates, objections, award and contract', () => {
    expect(panelsFor({ procedure: 'open-tender', status: 'bidding' })).toEqual(['opening'])
    expect(panelsFor({ procedure: 'inquiry', status: 'evaluating' })).toEqual([
      'opening',
      'experts-draw',
      'evaluation',
      'candidates',
    ])
    expect(panelsFor({ procedure: 'negotiation', status: 'candidates' })).toEqual(['evaluation', 'objections', 'award'])
    expect(panelsFor({ procedure: 'open-tender', status: 'awarded' })).toContain('contract')
    expect(panelsFor({ procedure: 'open-tender', status: 'failed' })).toEqual([])
  })
  it('gives fixed-price its qualification, selection and completion, and auctions their room', () => {
    expect(panelsFor({ procedure: 'fixed-price', status: 'bidding' })).toEqual(['registrations', 'selection'])
    expect(panelsFor({ procedure: 'fixed-price', status: 'awarded' })).toEqual(['registrations', 'contract', 'completion'])
    expect(panelsFor({ procedure: 'fixed-price', status: 'awarded', completedAt: '2026-12-01T00:00:00+08:00' }))
      .not.toContain('completion')
    expect(panelsFor({ procedure: 'auction', status: 'announced' })).toEqual(['registrations', 'auction'])
    expect(panelsFor({ procedure: 'auction', status: 'failed' })).toEqual(['auction'])
  })
})

describe('award and contract rules as the page explains them', () => {
  const candidates = { status: 'candidates', publicityEndsAt: '2026-12-05T10:00:00+08:00' }
  it('waits for the publicity to end and every objection to be answered', () => {
    expect(awardBlocker(candidates, 0, at('2026-12-05T09:59:00+08:00'))).toContain('公示期未满')
    expect(awardBlocker(candidates, 1, at('2026-12-05T10:01:00+08:00'))).toContain('1 件异议')
    expect(awardBlocker(candidates, 0, at('2026-12-05T10:01:00+08:00'))).toBeNull()
    expect(awardBlocker({ status: 'evaluating' }, 0, at('2026-12-05T10:01:00+08:00'))).not.toBeNull()
  })
  it('counts the days a contract is overdue after 30 days (or the due date the server gives)', () => {
    const awarded = { status: 'awarded', awardedAt: '2026-11-01T10:00:00+08:00', contractSignedAt: null }
    expect(contractOverdueDays(awarded, at('2026-12-01T09:00:00+08:00'))).toBe(0)
    expect(contractOverdueDays(awarded, at('2026-12-01T11:00:00+08:00'))).toBe(1)
    expect(contractOverdueDays(awarded, at('2026-12-04T10:00:00+08:00'))).toBe(3)
    expect(contractOverdueDays({ ...awarded, contractDueAt: '2026-12-10T00:00:00+08:00' }, at('2026-12-04T10:00:00+08:00')))
      .toBe(0)
    expect(contractOverdueDays({ ...awarded, contractSignedAt: '2026-12-03T00:00:00+08:00' }, at('2026-12-04T10:00:00+08:00')))
      .toBe(0)
  })
})
