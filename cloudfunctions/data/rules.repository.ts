// The community's rule sets (one document per community and kind, versioned) and their change log.
import {
  ruleChangeDocSchema,
  ruleSetDocSchema,
  type Page,
  type RuleChangeDoc,
  type RuleKind,
  type RuleSetDoc,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { insertOnce, updateWhere } from './store-helpers'

export const ruleSetIdOf = (communityId: string, kind: RuleKind): string => `${communityId}:${kind}`
/** One log entry per version: two saves of one version cannot both be logged. */
export const ruleChangeIdOf = (communityId: string, kind: RuleKind, version: number): string =>
  `${communityId}:${kind}:${version}`

export const createRulesRepository = (db: Database) => {
  const sets = COLLECTIONS.rules
  const changes = COLLECTIONS.ruleChanges
  return {
    /** The stored sets of these kinds, in one read by id (absent kinds use the defaults). */
    getSets: async (
      communityId: string,
      kinds: readonly RuleKind[],
    ): Promise<Partial<Record<RuleKind, RuleSetDoc>>> => {
      const ids = kinds.map((k) => ruleSetIdOf(communityId, k))
      const res = await db
        .collection(sets)
        .where({ _id: db.command.in(ids) })
        .limit(kinds.length)
        .get()
      const out: Partial<Record<RuleKind, RuleSetDoc>> = {}
      for (const raw of res.data as unknown[]) {
        const doc = ruleSetDocSchema.parse(raw)
        if (doc.communityId === communityId) out[doc.kind] = doc
      }
      return out
    },

    /**
     * Saves a new value only while the stored version is still `seen` (0: none stored yet, where
     * the database's refusal of a second insert of one id decides). Null when another save won.
     */
    saveIfVersion: async (
      doc: Omit<RuleSetDoc, '_id' | 'version'>,
      seen: number,
    ): Promise<RuleSetDoc | null> => {
      const _id = ruleSetIdOf(doc.communityId, doc.kind)
      if (seen === 0) {
        const first = { ...doc, _id, version: 1 }
        const { created } = await insertOnce(db, sets, first, ruleSetDocSchema)
        return created ? first : null
      }
      return updateWhere(
        db,
        sets,
        _id,
        { version: seen },
        // `set`: an update merges nested objects, and a rule's old fields must not survive.
        {
          value: db.command.set(doc.value),
          updatedAt: doc.updatedAt,
          updatedBy: doc.updatedBy,
          version: seen + 1,
        },
        ruleSetDocSchema,
      )
    },

    /** Puts the value of `version - 1` back while `version` is still the stored one (compensation). */
    restore: async (saved: RuleSetDoc, previous: RuleSetDoc | null): Promise<void> => {
      if (!previous) {
        await db.collection(sets).where({ _id: saved._id, version: saved.version }).remove()
        return
      }
      await updateWhere(
        db,
        sets,
        saved._id,
        { version: saved.version },
        {
          value: db.command.set(previous.value),
          updatedAt: previous.updatedAt,
          updatedBy: previous.updatedBy,
          version: previous.version,
        },
        ruleSetDocSchema,
      )
    },

    logChange: async (change: RuleChangeDoc): Promise<boolean> =>
      (await insertOnce(db, changes, change, ruleChangeDocSchema)).created,

    /** Newest first, in pages. */
    listChanges: (
      communityId: string,
      page: { limit: number; cursor?: string | undefined },
    ): Promise<Page<RuleChangeDoc>> =>
      pageOf(db, changes, { communityId }, page, (raws) =>
        raws.map((raw) => ruleChangeDocSchema.parse(raw)),
      ),
  }
}

export type RulesRepository = ReturnType<typeof createRulesRepository>
