import { describe, expect, it } from 'vitest'
import { emptyRecordingForm, recordingProblems, recordingRequest, replyProblem } from './forms'

describe('登记录像', () => {
  const form = {
    ...emptyRecordingForm(),
    startedAt: '2026-12-02T09:00',
    endedAt: '2026-12-02T10:15',
    uri: 'recordings/2026/12/opening-1.mp4',
    sha256: 'A'.repeat(64),
  }
  it('takes a storage key or a web link and a SHA-256, sending hall-time instants', () => {
    expect(recordingProblems(form)).toEqual({})
    expect(recordingProblems({ ...form, uri: 'https://video.example.cn/a.mp4' })).toEqual({})
    expect(recordingRequest(form)).toMatchObject({
      startedAt: '2026-12-02T09:00:00+08:00',
      endedAt: '2026-12-02T10:15:00+08:00',
      sha256: 'a'.repeat(64),
      drawId: null,
    })
  })
  it('refuses other schemes, a short hash and a reversed interval', () => {
    expect(recordingProblems({ ...form, uri: 'ftp://x/y' }).uri).toBeDefined()
    expect(recordingProblems({ ...form, sha256: 'abc' }).sha256).toBeDefined()
    expect(recordingProblems({ ...form, endedAt: '2026-12-02T08:00' }).endedAt).toContain('晚于')
  })
})

describe('异议答复', () => {
  it('needs a decision and a reply', () => {
    expect(replyProblem(null, '理由')).toContain('成立')
    expect(replyProblem(true, ' ')).toContain('答复')
    expect(replyProblem(false, '经核查，异议事项不成立。')).toBeNull()
  })
})
