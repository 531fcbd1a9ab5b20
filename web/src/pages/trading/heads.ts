import { sha256Hex, utf8 } from './bytes'

/**
 * 每日链头公示 (Spec C): once a hall-calendar day the platform stores every project's record head (projectId, seq,
 * hash) and one digest = hex(SHA-256(UTF-8 of the lines "projectId seq hash", ordered by project id ordinally, each
 * line ended by "\n")) — services/Bidding/Record/RecordHeads.Digest; of no heads, the hash of the empty text.
 * Anyone recomputes the digest here from the published heads, and compares a head with the project's record now.
 */
export interface PublishedHead {
  projectId: string
  seq: number
  hash: string
}

export interface HeadPublication {
  date: string
  publishedAt: string
  digest: string
  heads: PublishedHead[]
}

/** One published date of the list (PublishedDay), newest first. */
export interface PublishedDate {
  date: string
  publishedAt: string
  digest: string
  projects: number
}

/** One head's line as hashed into the digest. */
export function headLine(head: PublishedHead): string {
  return `${head.projectId} ${head.seq} ${head.hash}`
}

/** The text the digest hashes: a line per head by project id in ordinal (UTF-16) order, each ended by "\n". */
export function digestText(heads: readonly PublishedHead[]): string {
  return [...heads]
    .sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0))
    .map((h) => `${headLine(h)}\n`)
    .join('')
}

export async function digestOf(heads: readonly PublishedHead[]): Promise<string> {
  return sha256Hex(utf8(digestText(heads)))
}

export interface DigestCheck {
  recomputed: string
  matches: boolean
}

export async function checkDigest(publication: Pick<HeadPublication, 'digest' | 'heads'>): Promise<DigestCheck> {
  const recomputed = await digestOf(publication.heads)
  return { recomputed, matches: recomputed === publication.digest.toLowerCase() }
}

/**
 * Whether a published head still stands in the project's record as published now: entry `seq` carries the same
 * hash (a record changed after the publication no longer does; later entries may have been appended since).
 */
export function headStands(head: PublishedHead, entries: readonly { seq: number; hash: string }[]): boolean {
  const entry = entries.find((e) => e.seq === head.seq)
  return entry !== undefined && entry.hash === head.hash
}

/** The published list, whether the API answers a bare array or a page of items. */
export function publishedDates(answer: PublishedDate[] | { items: PublishedDate[] }): PublishedDate[] {
  const list = Array.isArray(answer) ? answer : answer.items
  return [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}
