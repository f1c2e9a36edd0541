// Pledges (亮承诺): insert once per (member, form), conditional changes, lists by member. No rules here.
import { pledgeDocSchema, type PledgeDoc } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { insertOnce, listWhere, readOne, updateWhere } from './store-helpers'

export const createPledgeRepository = (db: Database) => {
  const name = COLLECTIONS.pledges
  const _ = db.command
  return {
    insertOnce: (doc: PledgeDoc) => insertOnce(db, name, doc, pledgeDocSchema),
    getById: (id: string) => readOne(db, name, id, pledgeDocSchema),
    /** Changes an open pledge; null when it was settled meanwhile. */
    changeOpen: (
      id: string,
      change: { status: PledgeDoc['status']; progress?: PledgeDoc['progress'][number] },
      reason: string | null,
      at: Date,
    ) =>
      updateWhere(
        db,
        name,
        id,
        { status: 'open' },
        {
          status: change.status,
          updatedAt: at,
          ...(reason !== null ? { outcomeReason: reason } : {}),
          ...(change.progress ? { progress: _.push([change.progress]) } : {}),
        },
        pledgeDocSchema,
      ),
    /** Staff decided on a held pledge text: only while the placeholder is still there. */
    replaceHeldText: async (id: string, placeholder: string, text: string): Promise<void> => {
      await updateWhere(db, name, id, { text: placeholder }, { text }, pledgeDocSchema)
    },
    /** The same for one progress note, found by its time; read, then written on `updatedAt`. */
    replaceHeldProgress: async (
      id: string,
      at: string,
      placeholder: string,
      note: string,
    ): Promise<void> => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const doc = await readOne(db, name, id, pledgeDocSchema)
        const held = (p: PledgeDoc['progress'][number]) =>
          p.note === placeholder && p.at.toISOString() === at
        if (!doc || !doc.progress.some(held)) return
        const progress = doc.progress.map((p) => (held(p) ? { ...p, note } : p))
        const cond = { updatedAt: doc.updatedAt }
        if (await updateWhere(db, name, id, cond, { progress: _.set(progress) }, pledgeDocSchema)) {
          return
        }
      }
      throw new Error(`pledge ${id} kept changing while a held note was released`)
    },
    /** A member publishes a handful of pledges a year. */
    listByMembers: (memberIds: readonly string[]): Promise<PledgeDoc[]> =>
      memberIds.length === 0
        ? Promise.resolve([])
        : listWhere(db, name, { memberId: _.in([...memberIds]) }, pledgeDocSchema, {
            field: 'createdAt',
            direction: 'desc',
          }),
  }
}

export type PledgeRepository = ReturnType<typeof createPledgeRepository>
