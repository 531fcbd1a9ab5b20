import { describe, expect, it } from 'vitest'
import { creditCodeProblem, phoneProblem, residentIdProblem } from './identifiers'

describe('resident identity numbers (GB 11643)', () => {
  it('accepts a number whose check digit matches, X included', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull()
    expect(residentIdProblem('110105194912310029'.slice(0, 17) + 'X')).toBeNull()
    expect(residentIdProblem('440524188001010014')).toBeNull()
  })
  it('names the check digit it expected', () => {
    expect(residentIdProblem('440524188001010015')).toContain('应为 4')
  })
  it('refuses a wrong length, letters, and a birth date that does not exist', () => {
    expect(residentIdProblem('44052418800101001')).toContain('18 位')
    expect(residentIdProblem('44052418800101001A')).toContain('数字')
    expect(residentIdProblem('440524188002300014')).toContain('不存在')
  })
})

describe('unified social credit codes (GB 32100)', () => {
  it('accepts valid codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91110108MA01KPGK0L')).toBeNull()
  })
  it('refuses a wrong check character and a forbidden letter', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toContain('应为 3')
    expect(creditCodeProblem('91350100I000100Y43')).toContain('不是允许的字符')
  })
})

describe('phones', () => {
  it('accepts mobiles and fixed lines, refuses others', () => {
    expect(phoneProblem('13800138000')).toBeNull()
    expect(phoneProblem('0591-87654321')).toBeNull()
    expect(phoneProblem('12345')).not.toBeNull()
  })
})
