import { describe, expect, it } from 'vitest'
import { fileName } from './download'

describe('report file name', () => {
  it('reads the UTF-8 name first, then the plain one', () => {
    expect(fileName("attachment; filename=x.xlsx; filename*=UTF-8''%E6%95%88%E8%83%BD.xlsx")).toBe('效能.xlsx')
    expect(fileName('attachment; filename="a.csv"')).toBe('a.csv')
    expect(fileName(null)).toBeNull()
  })
})
