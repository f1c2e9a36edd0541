// Writes the demo community once: creates the collections, then upserts every seed document.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from '../data/collections'
import { community, buildings, grids, households, teams, units } from './demo-org'
import { gridLeaders, people } from './demo-people'

type Doc = { _id: string } & Record<string, unknown>

/** Collections must exist before a write on CloudBase; creating an existing one is an error. */
export const ensureCollections = async (db: Database, names: readonly string[]): Promise<void> => {
  for (const name of names) {
    try {
      await db.createCollection(name)
    } catch (error) {
      if (!/EXIST/i.test(String((error as { code?: string }).code ?? error))) throw error
    }
  }
}

const teamCaptains = Object.fromEntries(
  people.flatMap((p) =>
    p.member && p.roles.some((r) => r.role === 'member') ? [[p.member.specialties[0], p._id]] : [],
  ),
)

export const demoDocuments = (): Record<string, Doc[]> => ({
  [COLLECTIONS.communities]: [community],
  [COLLECTIONS.units]: units,
  [COLLECTIONS.grids]: grids(gridLeaders),
  [COLLECTIONS.buildings]: buildings,
  [COLLECTIONS.households]: households,
  [COLLECTIONS.teams]: teams(teamCaptains),
  [COLLECTIONS.persons]: people,
})

const CHUNK = 25

const writeAll = async (db: Database, collection: string, docs: readonly Doc[]) => {
  for (let i = 0; i < docs.length; i += CHUNK) {
    await Promise.all(
      docs
        .slice(i, i + CHUNK)
        .map(({ _id, ...rest }) => db.collection(collection).doc(_id).set(rest)),
    )
  }
}

/**
 * Idempotent: the community document is written last, so its presence means a complete seed;
 * an interrupted seed is simply redone (every write is a `set` by fixed id).
 */
export const seedDemoCommunity = async (db: Database): Promise<{ seeded: boolean }> => {
  await ensureCollections(db, Object.values(COLLECTIONS))
  const existing = await db.collection(COLLECTIONS.communities).doc(community._id).get()
  if ((existing.data as unknown[]).length > 0) return { seeded: false }
  const { [COLLECTIONS.communities]: communities = [], ...rest } = demoDocuments()
  for (const [collection, docs] of Object.entries(rest)) await writeAll(db, collection, docs)
  await writeAll(db, COLLECTIONS.communities, communities)
  return { seeded: true }
}
