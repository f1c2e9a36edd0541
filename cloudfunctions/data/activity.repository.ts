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
import { insertOnce, listWhere, readAheadOf, readOne, updateWhere } from './store-helpers'

type PageInput = { limit: number; cursor?: string | undefined }

export const createActivityRepository = (db: Database) => {
  const _ = db.command
  const activities = () => db.collection(COLLECTIONS.activities)
  const activity = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.activities, id, activityDocSchema),
  )
  /** A conditional change answering the activity as it is after it, or null when none matched. */
  const changed = async (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
  ): Promise<ActivityDoc | null> => {
    const res = (await activities().where(filter).updateAndReturn(update)) as {
      updated?: number
      doc?: unknown
    }
    return res.updated === 1 && res.doc ? activityDocSchema.parse(res.doc) : null
  }
  return {
    insert: (doc: ActivityDoc) => insertOnce(db, COLLECTIONS.activities, doc, activityDocSchema),
    get: activity.read,
    /** Start reading the activity the call is about to need, while its caller is looked up. */
    readAhead: activity.start,

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

    /**
     * One conditional write: a place is taken only while one is left and the person holds none.
     * Answers the activity after it (null when refused), so the view needs no second read.
     */
    takePlace: (activity: ActivityDoc, personId: string): Promise<ActivityDoc | null> =>
      changed(
        { _id: activity._id, signedUp: _.lt(activity.capacity), participants: _.neq(personId) },
        { signedUp: _.inc(1), participants: _.push([personId]) },
      ),

    /** Gives the person's place back (only if they hold one); the activity after it, or null. */
    releasePlace: (activityId: string, personId: string): Promise<ActivityDoc | null> =>
      changed(
        { _id: activityId, participants: personId },
        { signedUp: _.inc(-1), participants: _.pull(personId) },
      ),

    /** Puts back a place given up by a cancel that turned out not to hold (checked in meanwhile). */
    restorePlace: async (activityId: string, personId: string): Promise<void> => {
      await activities()
        .where({ _id: activityId, participants: _.neq(personId) })
        .update({ signedUp: _.inc(1), participants: _.push([personId]) })
    },

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
