import { fromHex, sha256, sha256Hex, utf8 } from './bytes'

/**
 * The verifiable draw of DESIGN §6 and the README's recipe, recomputed in the browser from what is published:
 * commitment = hex(SHA-256(secret's bytes)); seed = SHA-256(UTF-8(drawId + "\n" + secret + "\n" + candidates joined
 * by "\n")); for i = 0…count−1: h = SHA-256(seed ‖ i as 4 bytes big-endian), j = first 8 bytes of h as unsigned
 * big-endian mod the number left; take the j-th remaining candidate.
 */
export interface PublishedDraw {
  drawId: string
  commitment: string
  secret: string | null
  candidates: string[] | null
  count: number
  selected: string[] | null
}

export interface DrawCheck {
  /** SHA-256 of the revealed secret equals the commitment published before the draw. */
  commitmentMatches: boolean
  /** The candidates are published in ordinal (UTF-16 code unit) order, as the recipe hashes them. */
  candidatesSorted: boolean
  recomputed: string[]
  /** The recomputed selection equals the published one, in the same order. */
  selectionMatches: boolean
  ok: boolean
}

/** Ordinal order by UTF-16 code units: JavaScript's default string comparison, as .NET's StringComparer.Ordinal. */
export function ordinalSorted(candidates: readonly string[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i - 1] > candidates[i]) return false
  return true
}

export async function recomputeSelection(
  drawId: string,
  secretHex: string,
  candidates: readonly string[],
  count: number,
): Promise<string[]> {
  if (count > candidates.length) throw new RangeError('要抽取的数量多于候选数量。')
  const seed = await sha256(utf8(drawId + '\n' + secretHex + '\n' + candidates.join('\n')))
  const block = new Uint8Array(36)
  block.set(seed, 0)
  const view = new DataView(block.buffer)
  const left = [...candidates]
  const selected: string[] = []
  for (let i = 0; i < count; i++) {
    view.setUint32(32, i, false)
    const h = await sha256(block)
    const j = Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0, false) % BigInt(left.length))
    selected.push(left[j])
    left.splice(j, 1)
  }
  return selected
}

export async function commitmentOf(secretHex: string): Promise<string | null> {
  const bytes = fromHex(secretHex)
  return bytes ? sha256Hex(bytes) : null
}

/** Checks a drawn draw; a draw not yet drawn (no secret) cannot be checked and gives null. */
export async function verifyDraw(draw: PublishedDraw): Promise<DrawCheck | null> {
  if (!draw.secret || !draw.candidates || !draw.selected) return null
  const commitmentMatches = (await commitmentOf(draw.secret)) === draw.commitment.toLowerCase()
  const candidatesSorted = ordinalSorted(draw.candidates)
  const recomputed =
    draw.count <= draw.candidates.length
      ? await recomputeSelection(draw.drawId, draw.secret, draw.candidates, draw.count)
      : []
  const selectionMatches =
    recomputed.length === draw.selected.length && recomputed.every((c, i) => c === draw.selected![i])
  return {
    commitmentMatches,
    candidatesSorted,
    recomputed,
    selectionMatches,
    ok: commitmentMatches && candidatesSorted && selectionMatches,
  }
}

