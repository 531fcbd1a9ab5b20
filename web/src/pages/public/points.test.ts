import { describe, expect, it } from 'vitest'
import { pointTree, type ServicePoint } from './points'

const point = (code: string, level: ServicePoint['level'], parentCode: string | null): ServicePoint => ({
  code,
  name: code,
  level,
  levelLabel: level,
  parentCode,
  address: null,
  hours: null,
  phone: null,
  windowNumbers: [],
})

describe('service point tree', () => {
  it('puts the county hall first with its towns and their villages under them, by code', () => {
    const tree = pointTree([
      point('510181-101-02', 'village', '510181-101'),
      point('510181-102', 'town', '510181-000'),
      point('510181-101', 'town', '510181-000'),
      point('510181-101-01', 'village', '510181-101'),
      point('510181-000', 'county', null),
    ])
    expect(tree.map((p) => p.code)).toEqual(['510181-000'])
    expect(tree[0].children.map((p) => p.code)).toEqual(['510181-101', '510181-102'])
    expect(tree[0].children[0].children.map((p) => p.code)).toEqual(['510181-101-01', '510181-101-02'])
  })
  it('keeps a point whose parent is unknown at the top', () => {
    const tree = pointTree([point('X-01', 'village', 'X'), point('C', 'county', null)])
    expect(tree.map((p) => p.code)).toEqual(['C', 'X-01'])
  })
})
