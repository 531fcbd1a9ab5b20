import { hallInstant } from './announceForm'

/** 登记录像 as the officer fills it (times are hall wall time from datetime-local inputs). */
export interface RecordingForm {
  kind: string
  drawId: string
  roomCode: string
  startedAt: string
  endedAt: string
  uri: string
  sha256: string
}

export const recordingKinds: Record<string, string> = {
  opening: '开标',
  draw: '抽取',
  evaluation: '评标',
  auction: '拍卖',
}

export function emptyRecordingForm(): RecordingForm {
  return { kind: 'opening', drawId: '', roomCode: '', startedAt: '', endedAt: '', uri: '', sha256: '' }
}

const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

export function recordingProblems(form: RecordingForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!recordingKinds[form.kind]) errors.kind = '请选择录像类别。'
  if (!local.test(form.startedAt)) errors.startedAt = '请选择录制开始时间。'
  if (!local.test(form.endedAt)) errors.endedAt = '请选择录制结束时间。'
  else if (local.test(form.startedAt) && form.endedAt <= form.startedAt) errors.endedAt = '结束时间应晚于开始时间。'
  const uri = form.uri.trim()
  if (!uri) errors.uri = '请填写录像地址（http/https 链接或存储键）。'
  else if (/\s/.test(uri) || (uri.includes(':') && !/^https?:\/\//.test(uri))) {
    errors.uri = '地址只能是 http 或 https 链接，或不含空格的存储键。'
  }
  if (!/^[0-9a-fA-F]{64}$/.test(form.sha256.trim())) errors.sha256 = 'SHA-256 应为 64 位十六进制。'
  return errors
}

export function recordingRequest(form: RecordingForm) {
  return {
    kind: form.kind,
    drawId: form.drawId.trim() || null,
    roomCode: form.roomCode || null,
    startedAt: hallInstant(form.startedAt),
    endedAt: hallInstant(form.endedAt),
    uri: form.uri.trim(),
    sha256: form.sha256.trim().toLowerCase(),
  }
}

/** 异议答复: a decision and a reply the objector can read. */
export function replyProblem(upheld: boolean | null, reply: string): string | null {
  if (upheld === null) return '请选择异议成立或不成立。'
  if (!reply.trim()) return '请填写答复内容。'
  if (reply.length > 4000) return '答复不超过 4000 字。'
  return null
}
