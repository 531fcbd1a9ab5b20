import { describe, expect, it } from 'vitest'
import { feeText, formLabel, intakeLevelsText, limitText, mediumLabel, processSteps } from './catalogue'

describe('guide words', () => {
  it('reads material forms and media in Chinese', () => {
    expect(formLabel('original')).toBe('原件')
    expect(formLabel('copy')).toBe('复印件')
    expect(mediumLabel('electronic')).toBe('电子')
    expect(mediumLabel('paper')).toBe('纸质')
  })
  it('reads limits in working days, instant matters as on the spot', () => {
    expect(limitText(20)).toBe('20 个工作日')
    expect(limitText(null)).toBe('—')
    expect(limitText(0, true)).toBe('当场办结')
  })
  it('reads fees and process steps', () => {
    expect(feeText(0)).toBe('不收费')
    expect(feeText(null)).toBe('不收费')
    expect(feeText(12.5)).toBe('12.50 元')
    expect(processSteps('申请→受理→审查→决定')).toEqual(['申请', '受理', '审查', '决定'])
    expect(processSteps(null)).toEqual([])
  })
  it('reads where a matter may be taken in (the county always)', () => {
    expect(intakeLevelsText(['county', 'town', 'village'])).toBe('可在县、镇、村办理')
    expect(intakeLevelsText(null)).toBe('可在县办理')
    expect(intakeLevelsText(['town'])).toBe('可在县、镇办理')
  })
})
