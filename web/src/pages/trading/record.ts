import { sha256Hex, utf8 } from './bytes'

/**
 * A trading project's tamper-evident record (DESIGN §6, README "Tamper-evident record"), recomputed in the browser:
 * hash = hex(SHA-256(UTF-8(prevHash + "\n" + seq + "\n" + at + "\n" + kind + "\n" + payload))) with `at` and
 * `payload` exactly as published; entry 1's prevHash is 64 zeros; each entry's prevHash is the previous hash.
 */
export interface RecordEntry {
  seq: number
  at: string
  kind: string
  payload: string
  prevHash: string
  hash: string
}

export const genesis = '0'.repeat(64)

export function entryText(e: RecordEntry): string {
  return `${e.prevHash}\n${e.seq}\n${e.at}\n${e.kind}\n${e.payload}`
}

export async function hashOf(e: RecordEntry): Promise<string> {
  return sha256Hex(utf8(entryText(e)))
}

export interface ChainCheck {
  valid: boolean
  /** The seq of the first entry whose number, previous hash or hash does not follow. */
  brokenAt: number | null
  entries: number
  headHash: string | null
}

export async function verifyChain(entries: readonly RecordEntry[]): Promise<ChainCheck> {
  let previous = genesis
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]
    if (e.seq !== i + 1 || e.prevHash !== previous || e.hash !== (await hashOf(e))) {
      return { valid: false, brokenAt: e.seq, entries: entries.length, headHash: entries.at(-1)?.hash ?? null }
    }
    previous = e.hash
  }
  return { valid: true, brokenAt: null, entries: entries.length, headHash: entries.at(-1)?.hash ?? null }
}
