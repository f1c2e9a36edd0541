// Writes to persons for 双报到 and badges, and reads of members. No rules here.
import { personSchema, type MemberProfile, type Person, type Role } from '@linli/types'
import { parseAll as parsePersons } from './person.repository'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { updateWhere } from './store-helpers'

export const createMemberRepository = (db: Database) => {
  const persons = () => db.collection(COLLECTIONS.persons)
  const _ = db.command
  return {
    /** Every member of a community (hundreds: one page of 1000). */
    listAll: async (communityId: string): Promise<Person[]> => {
      const res = await persons().where({ communityId, 'roles.role': 'member' }).limit(1000).get()
      return parsePersons(res)
    },

    getByIds: async (ids: readonly string[]): Promise<Person[]> => {
      if (ids.length === 0) return []
      const res = await persons()
        .where({ _id: _.in([...new Set(ids)]) })
        .limit(1000)
        .get()
      return parsePersons(res)
    },

    /**
     * Makes a person a member posted in a grid: a known person gains the role (once) and the
     * profile; an unknown WeChat user gets a person document, created once (deterministic id).
     */
    enrol: async (
      openid: string,
      fallback: { id: string; communityId: string; name: string },
      role: Role,
      profile: MemberProfile,
    ): Promise<Person> => {
      const found = parsePersons(await persons().where({ openid }).limit(1).get())[0] ?? null
      if (!found) {
        const person: Person = {
          _id: fallback.id,
          communityId: fallback.communityId,
          openid,
          name: fallback.name,
          phone: null,
          verified: false,
          roles: [role],
          member: profile,
        }
        try {
          await persons().add(person)
          return person
        } catch {
          // Created a moment ago by a racing call: fall through to the update.
        }
      }
      const id = found?._id ?? fallback.id
      const kept = (found?.roles ?? []).filter((r) => r.role !== 'member')
      const updated = await updateWhere(
        db,
        COLLECTIONS.persons,
        id,
        {},
        { roles: _.set([...kept, role]), member: _.set(profile) },
        personSchema,
      )
      if (!updated) throw new Error(`person ${id} vanished while enrolling`)
      return updated
    },

    setBadges: (id: string, badges: readonly string[]) =>
      updateWhere(
        db,
        COLLECTIONS.persons,
        id,
        { 'roles.role': 'member' },
        { 'member.badges': _.set([...badges]) },
        personSchema,
      ),

    /** The member's card photo (a file ID), or null to remove it. */
    setPhoto: (id: string, photo: string | null) =>
      updateWhere(
        db,
        COLLECTIONS.persons,
        id,
        { 'roles.role': 'member' },
        { 'member.photo': _.set(photo) },
        personSchema,
      ),
  }
}

export type MemberRepository = ReturnType<typeof createMemberRepository>
