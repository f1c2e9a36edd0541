// 双报到 registrations: one document per WeChat user (`checkIn-<openid>`). No rules here.
import { checkInDocSchema, type CheckInDoc, type CheckInStatus } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { insertOnce, listWhere, readAheadOf, readOne, updateWhere } from './store-helpers'

export const checkInIdOf = (openid: string) => `checkIn-${openid}`

export const createCheckInRepository = (db: Database) => {
  const name = COLLECTIONS.checkIns
  const byId = readAheadOf((id: string) => readOne(db, name, id, checkInDocSchema))
  return {
    getById: byId.read,
    /** Starts reading a registration the call is about to need, while its caller is looked up. */
    readAhead: byId.start,
    insertOnce: (doc: CheckInDoc) => insertOnce(db, name, doc, checkInDocSchema),
    /** A declined registration may be sent again: replaced only while it is still declined. */
    resubmit: (doc: CheckInDoc) => {
      const { _id, ...fields } = doc
      return updateWhere(db, name, _id, { status: 'declined' }, fields, checkInDocSchema)
    },
    /** Settles a pending registration; null when another reviewer settled it first. */
    review: (id: string, status: CheckInStatus, reason: string | null, by: string, at: Date) =>
      updateWhere(
        db,
        name,
        id,
        { status: 'pending' },
        { status, reason, reviewedBy: by, reviewedAt: at },
        checkInDocSchema,
      ),
    list: (communityId: string, status: CheckInStatus) =>
      listWhere(db, name, { communityId, status }, checkInDocSchema, {
        field: 'createdAt',
        direction: 'asc',
      }),
  }
}

export type CheckInRepository = ReturnType<typeof createCheckInRepository>
