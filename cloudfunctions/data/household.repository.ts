// Writes households and rosters from an import, newcomers' join requests, invite codes, and the
// person a verification makes a resident. No rules here.
import {
  householdSchema,
  inviteCodeSchema,
  joinRequestSchema,
  personSchema,
  type Household,
  type InviteCode,
  type JoinRequest,
  type Person,
  type ResidentEntry,
  type Role,
} from '@linli/types'
import { createHash, randomInt } from 'node:crypto'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { parseAll as parsePersons } from './person.repository'
import { insertOnce, readAheadOf, readOne, updateWhere } from './store-helpers'

const digest = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex')

/** Deterministic ids: a retried import writes the same documents again, never twins. */
export const householdIdFor = (communityId: string, buildingId: string, room: string): string =>
  `hh-${digest(communityId, buildingId, room).slice(0, 24)}`
export const residentIdFor = (householdId: string, name: string): string =>
  `res-${digest(householdId, name).slice(0, 24)}`
/** The import's token: the same file for the same community is the same import. */
export const importIdFor = (communityId: string, content: string): string =>
  digest(communityId, content).slice(0, 32)
/** One join request per WeChat user: asking again replaces a decided one. */
export const joinRequestIdFor = (communityId: string, openid: string): string =>
  `join-${digest(communityId, openid).slice(0, 24)}`
/** Invite codes are kept only as their hash (with the community, so a code is local to it). */
export const inviteIdFor = (communityId: string, code: string): string =>
  digest('invite', communityId, code)
/** 8 letters and digits without look-alikes (0/O, 1/I): 32^8 ≈ 10^12 codes, typed from a chat. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const INVITE_CODE_LENGTH = 8
const newInviteCode = (): string =>
  Array.from(
    { length: INVITE_CODE_LENGTH },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join('')
/** What a person types: spaces and case do not matter. */
export const normaliseInviteCode = (typed: string): string =>
  typed.replace(/\s+/g, '').toUpperCase()

/** A person a verification creates: one id per openid, so two racing verifications make one. */
export const personIdFor = (openid: string): string => `person-${digest(openid).slice(0, 24)}`

/** CloudBase inserts an array in one call; 500 a call keeps each request well under its size limit. */
const CHUNK = 500
const chunks = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) =>
    rows.slice(i * CHUNK, (i + 1) * CHUNK),
  )

export const createHouseholdRepository = (db: Database) => {
  const _ = db.command
  const invite = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.inviteCodes, id, inviteCodeSchema),
  )
  const joinRequest = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.joinRequests, id, joinRequestSchema),
  )
  /**
   * Adds the documents in batches; a batch refused (some of its ids exist: a retried import that
   * had landed in part) is added one by one, keeping what exists. So a retry completes the import.
   */
  const addAll = async <T extends { _id: string }>(collection: string, docs: readonly T[]) =>
    Promise.all(
      chunks(docs).map(async (batch) => {
        try {
          await db.collection(collection).add(batch)
        } catch {
          for (const doc of batch) {
            await db
              .collection(collection)
              .add(doc)
              .catch(async (error: unknown) => {
                const existing = (await db.collection(collection).doc(doc._id).get()).data
                if ((existing as unknown[]).length === 0) throw error
              })
          }
        }
      }),
    )

  return {
    /** The households of these buildings (tens each), to tell which rooms are on file. */
    householdsOf: async (buildingIds: readonly string[]): Promise<Household[]> => {
      if (buildingIds.length === 0) return []
      const res = await db
        .collection(COLLECTIONS.households)
        .where({ buildingId: _.in([...new Set(buildingIds)]) })
        .limit(1000)
        .get()
      return (res.data as unknown[]).map((raw) => householdSchema.parse(raw))
    },

    /** Writes the households and their residents; both collections at once. */
    writeImport: async (households: readonly Household[], residents: readonly ResidentEntry[]) => {
      await Promise.all([
        addAll(COLLECTIONS.households, households),
        addAll(COLLECTIONS.residents, residents),
      ])
    },

    findHousehold: async (buildingId: string, room: string): Promise<Household | null> => {
      const res = await db
        .collection(COLLECTIONS.households)
        .where({ buildingId, room })
        .limit(1)
        .get()
      const raw = (res.data as unknown[])[0]
      return raw === undefined ? null : householdSchema.parse(raw)
    },

    /** The names on a household's roster (a flat has a handful). */
    rosterNames: async (householdIds: readonly string[]): Promise<Map<string, string[]>> => {
      const out = new Map<string, string[]>()
      if (householdIds.length === 0) return out
      const res = await db
        .collection(COLLECTIONS.residents)
        .where({ householdId: _.in([...new Set(householdIds)]) })
        .limit(1000)
        .get()
      for (const r of res.data as { householdId: string; name: string }[]) {
        out.set(r.householdId, [...(out.get(r.householdId) ?? []), r.name])
      }
      return out
    },

    getJoinRequest: (id: string): Promise<JoinRequest | null> => joinRequest.read(id),
    /** Starts reading the request a decision names, while its caller is looked up. */
    readAheadJoinRequest: joinRequest.start,

    /** Writes (or replaces a decided) request under the newcomer's one id. */
    putJoinRequest: async (doc: JoinRequest): Promise<void> => {
      const { _id, ...rest } = doc
      await db.collection(COLLECTIONS.joinRequests).doc(_id).set(rest)
    },

    pendingJoins: async (
      communityId: string,
      gridIds: readonly string[],
    ): Promise<JoinRequest[]> => {
      if (gridIds.length === 0) return []
      const res = await db
        .collection(COLLECTIONS.joinRequests)
        .where({ gridId: _.in([...gridIds]), status: 'pending', communityId })
        .orderBy('createdAt', 'asc')
        .limit(200)
        .get()
      return (res.data as unknown[]).map((raw) => joinRequestSchema.parse(raw))
    },

    /** Settles a pending request; null when it was settled already (another leader was quicker). */
    decideJoin: (
      id: string,
      decision: {
        status: 'approved' | 'rejected'
        by: string | null
        reason: string | null
        at: Date
      },
    ): Promise<JoinRequest | null> =>
      updateWhere(
        db,
        COLLECTIONS.joinRequests,
        id,
        { status: 'pending' },
        {
          status: decision.status,
          decidedBy: decision.by,
          reason: decision.reason,
          decidedAt: decision.at,
        },
        joinRequestSchema,
      ),

    /** Mints a code and stores only its hash; answers the code, shown once to its maker. */
    addInvite: async (doc: Omit<InviteCode, '_id'>): Promise<string> => {
      const code = newInviteCode()
      await db
        .collection(COLLECTIONS.inviteCodes)
        .add({ ...doc, _id: inviteIdFor(doc.communityId, code) })
      return code
    },

    getInvite: (id: string): Promise<InviteCode | null> => invite.read(id),
    /** Starts reading the code a newcomer typed, while they are looked up. */
    readAheadInvite: invite.start,

    /** Takes one use of a live code atomically: of racing uses of a single-use code, one wins. */
    useInvite: (id: string, now: Date): Promise<InviteCode | null> =>
      updateWhere(
        db,
        COLLECTIONS.inviteCodes,
        id,
        { usesLeft: _.gt(0), expiresAt: _.gt(now) },
        { usesLeft: _.inc(-1) },
        inviteCodeSchema,
      ),

    /** Gives a use back when the verification it paid for did not land. */
    returnInvite: async (id: string): Promise<void> => {
      await db
        .collection(COLLECTIONS.inviteCodes)
        .where({ _id: id })
        .update({ usesLeft: _.inc(1) })
    },

    findPerson: async (openid: string): Promise<Person | null> =>
      parsePersons(await db.collection(COLLECTIONS.persons).where({ openid }).limit(1).get())[0] ??
      null,

    /**
     * Makes the WeChat user a verified resident of the household: a known person gains the role
     * (only while they have none: of two racing verifications one lands); an unknown
     * one gets a person document under its one id. False when another verification was first.
     */
    verifyResident: async (
      known: Person | null,
      newcomer: { openid: string; communityId: string; name: string },
      householdId: string,
    ): Promise<boolean> => {
      const role: Role = { role: 'resident', householdId }
      if (known) {
        const roles = [...known.roles.filter((r) => r.role !== 'resident'), role]
        const updated = await updateWhere(
          db,
          COLLECTIONS.persons,
          known._id,
          { 'roles.role': _.neq('resident') },
          { roles: _.set(roles), verified: true },
          personSchema,
        )
        return updated !== null
      }
      const person: Person = {
        _id: personIdFor(newcomer.openid),
        communityId: newcomer.communityId,
        openid: newcomer.openid,
        name: newcomer.name,
        phone: null,
        verified: true,
        roles: [role],
        member: null,
      }
      return (await insertOnce(db, COLLECTIONS.persons, person, personSchema)).created
    },
  }
}

export type HouseholdRepository = ReturnType<typeof createHouseholdRepository>
