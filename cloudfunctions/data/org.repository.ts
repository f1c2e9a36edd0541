// Reads the organisation tree: communities, grids, buildings, households. No rules here.
import {
  buildingSchema,
  communitySchema,
  gridSchema,
  householdSchema,
  idSchema,
  teamSchema,
  unitSchema,
  type Building,
  type Community,
  type Grid,
  type Household,
  type Team,
  type Unit,
} from '@linli/types'
import type { z } from 'zod'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { readAheadOf } from './store-helpers'

/** Reads one document by id; `doc(id).get()` answers with `data` as an array on CloudBase. */
const getOne = async <T>(db: Database, collection: string, id: string, schema: z.ZodType<T>) => {
  const res = await db.collection(collection).doc(id).get()
  const raw = (res.data as unknown[])[0]
  return raw === undefined ? null : schema.parse(raw)
}

const MAX_PAGE = 1000

/** Every document of a small collection matching `filter` (tens of rows: one page of 1000). */
const listAll = async <T>(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  schema: z.ZodType<T>,
): Promise<T[]> => {
  const res = await db.collection(collection).where(filter).limit(MAX_PAGE).get()
  return (res.data as unknown[]).map((raw) => schema.parse(raw))
}

/** Creates or replaces one document under its id (staff's 社区设置 saves). */
const put = async (db: Database, collection: string, doc: { _id: string }): Promise<void> => {
  const { _id, ...rest } = doc
  await db.collection(collection).doc(_id).set(rest)
}

export const createOrgRepository = (db: Database) => {
  const household = readAheadOf((id: string) =>
    getOne(db, COLLECTIONS.households, id, householdSchema),
  )
  const team = readAheadOf((id: string) => getOne(db, COLLECTIONS.teams, id, teamSchema))
  const unit = readAheadOf((id: string) => getOne(db, COLLECTIONS.units, id, unitSchema))
  const grid = readAheadOf((id: string) => getOne(db, COLLECTIONS.grids, id, gridSchema))
  const buildings = readAheadOf(async (communityId: string): Promise<Building[]> => {
    const res = await db
      .collection(COLLECTIONS.buildings)
      .where({ communityId })
      .orderBy('order', 'asc')
      .limit(MAX_PAGE)
      .get()
    return (res.data as unknown[]).map((raw) => buildingSchema.parse(raw))
  })
  const buildingsByIds = readAheadOf(async (key: string): Promise<Building[]> => {
    const ids = key.split('\u0000').filter((id) => id !== '')
    if (ids.length === 0) return []
    const res = await db
      .collection(COLLECTIONS.buildings)
      .where({ _id: db.command.in(ids) })
      .limit(MAX_PAGE)
      .get()
    return (res.data as unknown[]).map((raw) => buildingSchema.parse(raw))
  })
  /** One key per set of ids, whatever their order or repeats. */
  const idsKey = (ids: readonly string[]) => [...new Set(ids)].sort().join('\u0000')
  return {
    getCommunity: (id: string): Promise<Community | null> =>
      getOne(db, COLLECTIONS.communities, id, communitySchema),
    getGrid: (id: string): Promise<Grid | null> => grid.read(id),
    readAheadGrid: grid.start,
    getBuilding: (id: string): Promise<Building | null> =>
      getOne(db, COLLECTIONS.buildings, id, buildingSchema),
    getHousehold: (id: string): Promise<Household | null> => household.read(id),
    readAheadHousehold: household.start,

    /** A community has tens of buildings, far under one page of 1000. */
    listBuildings: buildings.read,
    /** Starts reading a community's buildings while the caller is looked up. */
    readAheadCommunityBuildings: buildings.start,

    /**
     * Every community's id, for the timer's per-community sweeps: one small document each (a
     * deployment holds one, a city a hundred), so the whole collection is read, ids only.
     */
    listCommunityIds: async (): Promise<string[]> => {
      const res = await db
        .collection(COLLECTIONS.communities)
        .field({ _id: true })
        .limit(MAX_PAGE)
        .get()
      return (res.data as { _id: unknown }[]).map((raw) => idSchema.parse(raw._id))
    },

    getTeam: (id: string): Promise<Team | null> => team.read(id),
    getUnit: (id: string): Promise<Unit | null> => unit.read(id),
    /** Start reading what the call is about to need, while its caller is looked up. */
    readAheadTeam: team.start,
    readAheadUnit: unit.start,

    getTeamsByIds: async (ids: readonly string[]): Promise<Team[]> =>
      ids.length === 0
        ? []
        : listAll(db, COLLECTIONS.teams, { _id: db.command.in([...new Set(ids)]) }, teamSchema),

    /** A community has a few grids. */
    listGrids: (communityId: string): Promise<Grid[]> =>
      listAll(db, COLLECTIONS.grids, { communityId }, gridSchema),

    listTeams: (communityId: string): Promise<Team[]> =>
      listAll(db, COLLECTIONS.teams, { communityId }, teamSchema),

    listUnits: (communityId: string): Promise<Unit[]> =>
      listAll(db, COLLECTIONS.units, { communityId }, unitSchema),

    /** A building has tens of households. */
    listHouseholds: (buildingId: string): Promise<Household[]> =>
      listAll(db, COLLECTIONS.households, { buildingId }, householdSchema),

    saveGrid: (grid: Grid) => put(db, COLLECTIONS.grids, grid),
    saveBuilding: (building: Building) => put(db, COLLECTIONS.buildings, building),
    saveUnit: (unit: Unit) => put(db, COLLECTIONS.units, unit),
    saveTeam: (team: Team) => put(db, COLLECTIONS.teams, team),

    /** Whether a building has any household (one row is enough to know). */
    hasHouseholds: async (buildingId: string): Promise<boolean> => {
      const res = await db.collection(COLLECTIONS.households).where({ buildingId }).limit(1).get()
      return (res.data as unknown[]).length > 0
    },

    getBuildingsByIds: (ids: readonly string[]): Promise<Building[]> =>
      buildingsByIds.read(idsKey(ids)),
    readAheadBuildings: (ids: readonly string[]): void => buildingsByIds.start(idsKey(ids)),
  }
}

export type OrgRepository = ReturnType<typeof createOrgRepository>
