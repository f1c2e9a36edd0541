// Activities and their sign-ups: inserts once, the atomic place counter, check-in marks. No rules.
import {
  activityDocSchema,
  signUpDocSchema,
  type ActivityDoc,
  type Page,
  type SignUpDoc,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { pageOf } from './paging'
import { insertOnce, listWhere, readOne, updateWhere } from './store-helpers'

type PageInput = { limit: number; cursor?: string | undefined }

export const createActivityRepository = (db: Database) => {
  const _ = db.command
  const activities = () => db.collection(COLLECTIONS.activities)
  const updated = (res: unknown) => (res as { updated?: number }).updated ?? 0
  return {
    insert: (doc: ActivityDoc) => insertOnce(db, COLLECTIONS.activities, doc, activityDocSchema),
    get: (id: string) => readOne(db, COLLECTIONS.activities, id, activityDocSchema),

    /** Newest first; or only those one person organises. */
    page: (
      q: { communityId: string; organiserId?: string },
      page: PageInput,
    ): Promise<Page<ActivityDoc>> => {
      const filter: Record<string, unknown> = { communityId: q.communityId }
      if (q.organiserId) filter['organiser.personId'] = q.organiserId
      return pageOf(db, COLLECTIONS.activities, filter, page, (raws) =>
        raws.map((raw) => activityDocSchema.parse(raw)),
      )
    },

    /** One conditional write: a place is taken only while one is left and the person holds none. */
    takePlace: async (activity: ActivityDoc, personId: string): Promise<boolean> =>
      updated(
        await activities()
          .where({
            _id: activity._id,
            signedUp: _.lt(activity.capacity),
            participants: _.neq(personId),
          })
          .update({ signedUp: _.inc(1), participants: _.push([personId]) }),
      ) === 1,

    releasePlace: async (activityId: string, personId: string): Promise<boolean> =>
      updated(
        await activities()
          .where({ _id: activityId, participants: personId })
          .update({ signedUp: _.inc(-1), participants: _.pull(personId) }),
      ) === 1,

    putSignUp: async (doc: SignUpDoc): Promise<SignUpDoc> => {
      const { _id, ...rest } = signUpDocSchema.parse(doc)
      await db.collection(COLLECTIONS.signUps).doc(_id).set(rest)
      return doc
    },
    getSignUp: (id: string) => readOne(db, COLLECTIONS.signUps, id, signUpDocSchema),
    getSignUps: (ids: readonly string[]): Promise<SignUpDoc[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : listWhere(db, COLLECTIONS.signUps, { _id: _.in([...ids]) }, signUpDocSchema),

    /** Signed up → cancelled, unless checked in already; null when that did not hold. */
    cancelSignUp: (id: string, at: Date) =>
      updateWhere(
        db,
        COLLECTIONS.signUps,
        id,
        { status: 'signedUp', checkedInAt: null },
        { status: 'cancelled', updatedAt: at },
        signUpDocSchema,
      ),

    /** The one check-in of a sign-up; null when it was checked in (or cancelled) already. */
    checkIn: (id: string, at: Date) =>
      updateWhere(
        db,
        COLLECTIONS.signUps,
        id,
        { status: 'signedUp', checkedInAt: null },
        { checkedInAt: at, updatedAt: at },
        signUpDocSchema,
      ),

    countCheckedIn: async (activityId: string): Promise<number> => {
      const res = await db
        .collection(COLLECTIONS.signUps)
        .where({ activityId, checkedInAt: _.gt(new Date(0)) })
        .count()
      return (res as { total?: number }).total ?? 0
    },
  }
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>
