/**
 * The check digits the platform validates (DESIGN §6): resident identity numbers (GB 11643, 18 characters, ISO 7064
 * MOD 11-2) and unified social credit codes (GB 32100, 18 characters, MOD 31). The pages check as the clerk types;
 * the services check again.
 */
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const idCheck = '10X98765432'

export function residentIdProblem(value: string): string | null {
  const id = value.trim().toUpperCase()
  if (id.length !== 18) return `身份证号码应为 18 位（现为 ${id.length} 位）。`
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码前 17 位应为数字，最后一位为数字或 X。'
  const birth = id.slice(6, 14)
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth) {
    return `身份证号码中的出生日期 ${birth} 不存在。`
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * idWeights[i]
  const expected = idCheck[sum % 11]
  return id[17] === expected ? null : `身份证号码校验位不符（按前 17 位应为 ${expected}），请核对。`
}

const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase()
  if (code.length !== 18) return `统一社会信用代码应为 18 位（现为 ${code.length} 位）。`
  const digits = [...code].map((c) => creditAlphabet.indexOf(c))
  const bad = digits.findIndex((d) => d < 0)
  if (bad >= 0) return `统一社会信用代码第 ${bad + 1} 位“${code[bad]}”不是允许的字符（不含 I、O、Z、S、V）。`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += digits[i] * creditWeights[i]
  const expected = creditAlphabet[(31 - (sum % 31)) % 31]
  return code[17] === expected ? null : `统一社会信用代码校验位不符（按前 17 位应为 ${expected}），请核对。`
}

/** 11-digit mainland mobile numbers or fixed lines with area code. */
export function phoneProblem(value: string): string | null {
  const phone = value.trim()
  if (!phone) return null
  return /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(phone) ? null : '联系电话应为 11 位手机号码或带区号的固定电话。'
}
