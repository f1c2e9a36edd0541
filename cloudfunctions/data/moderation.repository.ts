// Stores the moderation queue (held texts of every kind) and the pending media checks. No rules here.
import { createHash } from 'node:crypto'
import {
  mediaCheckDocSchema,
  moderationDocSchema,
  type MediaCheckDoc,
  type ModerationDoc,
  type ModerationStatus,
  type Page,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { readAheadOf } from './store-helpers'
import { pageOf } from './paging'
import { insertOnce, readOne, updateWhere } from './store-helpers'

const sha = (parts: readonly string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)

/** How a document remembers which of its texts are held: by hash, never by a copy of the text. */
export const textHashOf = (text: string): string => sha([text])

/** One item per (kind, ref, slot, text): holding the same text again finds the first. */
export const heldIdOf = (doc: Pick<ModerationDoc, 'kind' | 'refId' | 'slot' | 'textHash'>) =>
  sha([doc.kind, doc.refId, doc.slot ?? '', doc.textHash])

const parseListed = (raws: readonly unknown[]): ModerationDoc[] =>
  raws.flatMap((raw) => {
    const parsed = moderationDocSchema.safeParse(raw)
    if (parsed.success) return [parsed.data]
    console.error(`[linli] held item ${String((raw as { _id?: unknown })._id)} is malformed`)
    return []
  })

export const createModerationRepository = (db: Database) => {
  const queue = COLLECTIONS.moderation
  const media = COLLECTIONS.mediaChecks
  const byId = readAheadOf((id: string) => readOne(db, queue, id, moderationDocSchema))
  return {
    hold: (doc: ModerationDoc) => insertOnce(db, queue, doc, moderationDocSchema),
    getById: byId.read,
    /** Starts reading the held item a review names, while its caller is looked up. */
    readAhead: byId.start,
    listHeld: (communityId: string, page: { limit: number; cursor?: string | undefined }) =>
      pageOf(db, queue, { communityId, status: 'held' }, page, parseListed) as Promise<
        Page<ModerationDoc>
      >,
    /** Decides a held item once: of two staff deciding together, one wins, the other gets null. */
    decide: (id: string, status: Exclude<ModerationStatus, 'held'>, by: string, at: Date) =>
      updateWhere(
        db,
        queue,
        id,
        { status: 'held' },
        { status, decidedBy: by, decidedAt: at },
        moderationDocSchema,
      ),

    startMediaCheck: (doc: MediaCheckDoc) => insertOnce(db, media, doc, mediaCheckDocSchema),
    /** Records WeChat's verdict once: a repeated push (WeChat retries) finds it decided. */
    decideMediaCheck: (traceId: string, status: MediaCheckDoc['status'], at: Date) =>
      updateWhere(
        db,
        media,
        traceId,
        { status: 'pending' },
        { status, decidedAt: at },
        mediaCheckDocSchema,
      ),
  }
}

export type ModerationRepository = ReturnType<typeof createModerationRepository>
