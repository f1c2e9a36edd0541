// Writes the demo community once: creates the collections, then upserts every seed document.
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from '../data/collections'
import { community, buildings, grids, households, teams, units } from './demo-org'
import { gridLeaders, people, teamCaptains } from './demo-people'
import { demoMeetings } from './demo-meetings'
import { demoActivities, demoOfferings } from './demo-services'

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

/** Bumped when the demo gains people or places, so an existing local database is topped up. */
export const SEED_VERSION = 6

export const demoDocuments = (): Record<string, Doc[]> => ({
  [COLLECTIONS.communities]: [{ ...community, seedVersion: SEED_VERSION }],
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
 * Offerings and activities hold counters that bookings change: written only where absent, so a
 * re-seed never resets a slot's places under its bookings.
 */
const addAbsent = async (db: Database, collection: string, docs: readonly Doc[]) => {
  await Promise.all(
    docs.map(async (doc) => {
      const found = await db.collection(collection).doc(doc._id).get()
      if ((found.data as unknown[]).length === 0) await db.collection(collection).add(doc)
    }),
  )
}

const seedDemoServices = async (db: Database, now: Date) => {
  const { offerings, slots } = demoOfferings(now)
  await addAbsent(db, COLLECTIONS.offeringSlots, slots as unknown as Doc[])
  await addAbsent(db, COLLECTIONS.offerings, offerings as unknown as Doc[])
  await addAbsent(db, COLLECTIONS.activities, demoActivities(now) as unknown as Doc[])
  // Decisions' progress changes with use: the demo meeting, like the counters, only where absent.
  await addAbsent(db, COLLECTIONS.meetings, demoMeetings(now) as unknown as Doc[])
}

/**
 * Idempotent: the community document is written last, so its presence (at this seed version)
 * means a complete seed; an interrupted or older seed is simply redone (every write is a `set`).
 */
export const seedDemoCommunity = async (db: Database): Promise<{ seeded: boolean }> => {
  await ensureCollections(db, Object.values(COLLECTIONS))
  const existing = await db.collection(COLLECTIONS.communities).doc(community._id).get()
  const current = (existing.data as { seedVersion?: number }[])[0]
  if (current && (current.seedVersion ?? 1) >= SEED_VERSION) return { seeded: false }
  const { [COLLECTIONS.communities]: communities = [], ...rest } = demoDocuments()
  for (const [collection, docs] of Object.entries(rest)) await writeAll(db, collection, docs)
  await seedDemoServices(db, new Date())
  await writeAll(db, COLLECTIONS.communities, communities)
  return { seeded: true }
}
