/**
 * The expert's scoring sheet (评审表): weighted — a technical score per valid bid within 0..(100 − price weight);
 * lowest-price — 符合性评审, qualified yes/no per bid. A comment is optional, required when a bid is found unqualified
 * (the expert says why).
 */
export interface ScoreRow {
  bidId: string
  firm: string
  price: number
  technical: number | null
  qualified: boolean | null
  comment: string
}

export function maxTechnical(priceWeight: number | null | undefined): number {
  return 100 - (priceWeight ?? 0)
}

export function rowsFor(bids: { bidId: string; firm: string; price: number }[]): ScoreRow[] {
  return bids.map((b) => ({ bidId: b.bidId, firm: b.firm, price: b.price, technical: null, qualified: null, comment: '' }))
}

/** Problems by bidId (empty when the sheet can be submitted). */
export function scoreProblems(method: string, priceWeight: number | null, rows: ScoreRow[]): Record<string, string> {
  const errors: Record<string, string> = {}
  const max = maxTechnical(priceWeight)
  for (const row of rows) {
    if (row.comment.length > 2000) errors[row.bidId] = '评审意见不超过 2000 字。'
    else if (method === 'weighted') {
      const t = row.technical
      if (t === null || !Number.isFinite(t)) errors[row.bidId] = `请给出技术分（0 到 ${max} 分）。`
      else if (t < 0 || t > max) errors[row.bidId] = `技术分应在 0 到 ${max} 分之间。`
      else if (Math.round(t * 100) !== Math.round(t * 1e6) / 1e4) errors[row.bidId] = '技术分最多两位小数。'
    } else if (row.qualified === null) errors[row.bidId] = '请选择是否通过符合性评审。'
    else if (row.qualified === false && !row.comment.trim()) errors[row.bidId] = '判为不合格时请写明理由。'
  }
  return errors
}

/** The body of POST …/scores: one entry per bid, technical or qualified by the method. */
export function scoresRequest(method: string, rows: ScoreRow[]) {
  return {
    scores: rows.map((row) => {
      const comment = row.comment.trim() || undefined
      return method === 'weighted'
        ? { bidId: row.bidId, technical: row.technical, comment }
        : { bidId: row.bidId, qualified: row.qualified, comment }
    }),
  }
}
