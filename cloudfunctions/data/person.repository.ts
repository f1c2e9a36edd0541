// Reads persons (one per WeChat openid) with their roles. No rules here.
import {
  householdSchema,
  personSchema,
  teamSchema,
  type Household,
  type Person,
  type Role,
  type Team,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { readAheadOf } from './store-helpers'

/**
 * Roles are trusted only from documents no client can have written: CloudBase stamps `_openid` on
 * every document a client SDK writes, so one carrying it is refused (and logged), never believed.
 */
export const parseAll = (res: { data: unknown }): Person[] =>
  (res.data as Record<string, unknown>[]).flatMap((raw) => {
    if (raw && typeof raw === 'object' && '_openid' in raw) {
      console.error(`[linli] person ${String(raw._id)} was written by a client: ignored`)
      return []
    }
    return [personSchema.parse(raw)]
  })

/** Where the caller's aggregate puts what it joins (never stored fields). */
const JOINED_TEAMS = 'linliJoinedTeams'
const JOINED_HOUSEHOLDS = 'linliJoinedHouseholds'
const JOINED_RESIDENTS = 'linliJoinedResidents'
const HOUSEHOLD_PAGE = 1000

/** Where a notice to residences reaches: a grid's households, or some buildings'. */
export type HouseholdScope = { gridId: string } | { buildingIds: readonly string[] }

export const createPersonRepository = (db: Database) => {
  const persons = () => db.collection(COLLECTIONS.persons)
  const byId = readAheadOf(
    async (id: string): Promise<Person | null> =>
      parseAll(await persons().doc(id).get())[0] ?? null,
  )
  return {
    findByOpenid: async (openid: string): Promise<Person | null> =>
      parseAll(await persons().where({ openid }).limit(1).get())[0] ?? null,

    /**
     * The caller, the teams they captain and the household they live in, in one round trip:
     * `$lookup` joins what their roles name (by `_id`), so nobody pays a second read in sequence.
     */
    findCaller: async (
      openid: string,
    ): Promise<{ person: Person | null; teams: Team[]; households: Household[] }> => {
      const res = await persons()
        .aggregate()
        .match({ openid })
        .limit(1)
        .lookup({
          from: COLLECTIONS.teams,
          localField: 'roles.teamId',
          foreignField: '_id',
          as: JOINED_TEAMS,
        })
        .lookup({
          from: COLLECTIONS.households,
          localField: 'roles.householdId',
          foreignField: '_id',
          as: JOINED_HOUSEHOLDS,
        })
        .end()
      const raw = ((res as { data?: unknown }).data ?? []) as Record<string, unknown>[]
      const person = parseAll({ data: raw })[0] ?? null
      const joined = (field: string) => (person ? ((raw[0]?.[field] ?? []) as unknown[]) : [])
      return {
        person,
        teams: joined(JOINED_TEAMS).map((t) => teamSchema.parse(t)),
        households: joined(JOINED_HOUSEHOLDS).map((h) => householdSchema.parse(h)),
      }
    },

    findByOpenids: async (openids: readonly string[]): Promise<Person[]> =>
      openids.length === 0
        ? []
        : parseAll(
            await persons()
              .where({ openid: db.command.in([...new Set(openids)]) })
              .limit(1000)
              .get(),
          ),

    getById: byId.read,
    /** Starts reading a person the call is about to need, while its caller is looked up. */
    readAhead: byId.start,

    /** The residents verified into these households (a flat has a handful). */
    findByHouseholds: async (householdIds: readonly string[]): Promise<Person[]> =>
      householdIds.length === 0
        ? []
        : parseAll(
            await persons()
              .where({ 'roles.householdId': db.command.in([...new Set(householdIds)]) })
              .limit(1000)
              .get(),
          ),

    /**
     * The households of a grid or of some buildings with the residents verified into each, in one
     * round trip per 1000 households (a grid has a few hundred): `$lookup` joins the persons whose
     * roles name the household, so the audience of a notice is read in one go.
     */
    findHouseholdsWithResidents: async (
      scope: HouseholdScope,
    ): Promise<{ households: Household[]; residents: Person[] }> => {
      const _ = db.command
      const households: Household[] = []
      const residents = new Map<string, Person>()
      const where =
        'gridId' in scope ? { gridId: scope.gridId } : { buildingId: _.in([...scope.buildingIds]) }
      let after = ''
      for (;;) {
        const res = await db
          .collection(COLLECTIONS.households)
          .aggregate()
          .match({ ...where, _id: _.gt(after) })
          .sort({ _id: 1 })
          .limit(HOUSEHOLD_PAGE)
          .lookup({
            from: COLLECTIONS.persons,
            localField: '_id',
            foreignField: 'roles.householdId',
            as: JOINED_RESIDENTS,
          })
          .end()
        const rows = ((res as { data?: unknown }).data ?? []) as Record<string, unknown>[]
        for (const row of rows) {
          const { [JOINED_RESIDENTS]: joined, ...household } = row
          households.push(householdSchema.parse(household))
          for (const person of parseAll({ data: joined ?? [] })) residents.set(person._id, person)
        }
        const last = rows[rows.length - 1]
        if (rows.length < HOUSEHOLD_PAGE || !last)
          return { households, residents: [...residents.values()] }
        after = String(last._id)
      }
    },

    /** A team's members and its captain (a team has tens). */
    findByTeam: async (teamId: string): Promise<Person[]> => {
      const _ = db.command
      return parseAll(
        await persons()
          .where(
            _.or([
              { 'member.teamIds': teamId },
              { roles: _.elemMatch({ role: 'teamCaptain', teamId }) },
            ]),
          )
          .limit(1000)
          .get(),
      )
    },

    /** The liaisons of a 驻区单位 (one or two): who acts for what is transferred to it. */
    findUnitLiaisons: async (communityId: string, unitId: string): Promise<Person[]> =>
      parseAll(
        await persons()
          .where({ communityId, roles: db.command.elemMatch({ role: 'unitLiaison', unitId }) })
          .limit(100)
          .get(),
      ),

    /** Everyone holding a role in a community: members (hundreds), staff (a handful). */
    findWithRole: async (
      communityId: string,
      role: 'member' | 'staff' | 'buildingLeader' | 'gridLeader' | 'teamCaptain',
    ): Promise<Person[]> =>
      parseAll(
        await persons()
          .where({ communityId, roles: db.command.elemMatch({ role }) })
          .limit(1000)
          .get(),
      ),

    /** Every person of a community, in pages of 1000 (a community has thousands). */
    listByCommunity: async (communityId: string): Promise<Person[]> => {
      const out: Person[] = []
      let after = ''
      for (;;) {
        const res = await persons()
          .where({ communityId, _id: db.command.gt(after) })
          .orderBy('_id', 'asc')
          .limit(1000)
          .get()
        const rows = res.data as { _id: string }[]
        out.push(...parseAll(res))
        const last = rows[rows.length - 1]
        if (rows.length < 1000 || !last) return out
        after = last._id
      }
    },

    /** Replaces a person's roles (staff's 社区设置: a grid's leader, a team's captain, a post). */
    setRoles: async (id: string, roles: readonly Role[]): Promise<void> => {
      await persons()
        .doc(id)
        .update({ roles: db.command.set([...roles]) })
    },

    /** Members posted in a grid: a grid has tens. */
    findMembersInGrid: async (gridId: string): Promise<Person[]> =>
      parseAll(
        await persons()
          .where({ roles: db.command.elemMatch({ role: 'member', gridId }) })
          .limit(1000)
          .get(),
      ),
  }
}

export type PersonRepository = ReturnType<typeof createPersonRepository>
