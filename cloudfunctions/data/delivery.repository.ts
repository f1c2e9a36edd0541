// The delivery outbox: one entry per (message, recipient) keyed by its idempotency key; a worker
// leases an entry before sending, so two workers never send it at once, and a crash mid-send is
// retried after the lease (at least once; never twice while the lease holds).
import type { TemplateKey } from '@linli/types'
import type { TemplateData } from '../domain/template-fields'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped'

export interface DeliveryDoc {
  /** The idempotency key: `notice:<noticeId>:<personId>` or `request:<id>:<version>:<personId>`. */
  _id: string
  communityId: string
  personId: string
  openid: string
  template: TemplateKey
  page: string
  data: TemplateData
  status: DeliveryStatus
  attempts: number
  /** A unit of the person's quota is reserved for this entry (kept across retries). */
  quotaTaken: boolean
  nextAttemptAt: Date
  leaseUntil: Date | null
  lastError: string | null
  sentAt: Date | null
  createdAt: Date
  /** A notice's message waits until the notice is published (it is written beside the notice). */
  noticeId?: string
}

export type NewDelivery = Pick<
  DeliveryDoc,
  '_id' | 'communityId' | 'personId' | 'openid' | 'template' | 'page' | 'data' | 'noticeId'
>

const BATCH = 1000

export const createDeliveryRepository = (db: Database) => {
  const deliveries = () => db.collection(COLLECTIONS.deliveries)
  const _ = db.command
  const addEach = async (docs: readonly DeliveryDoc[]): Promise<void> => {
    for (let i = 0; i < docs.length; i += 20) {
      await Promise.all(
        docs.slice(i, i + 20).map(async (doc) => {
          try {
            await deliveries().add(doc)
          } catch (error) {
            const found = ((await deliveries().doc(doc._id).get()).data as unknown[]).length
            if (found === 0) throw error
          }
        }),
      )
    }
  }
  return {
    /** Enqueues each entry once: one already there (the same key) is left as it is. */
    enqueue: async (entries: readonly NewDelivery[], now: Date): Promise<void> => {
      const docs = entries.map((entry): DeliveryDoc => ({
        ...entry,
        status: 'pending',
        attempts: 0,
        quotaTaken: false,
        nextAttemptAt: now,
        leaseUntil: null,
        lastError: null,
        sentAt: null,
        createdAt: now,
      }))
      // One insert per 1000, sent together; a batch refused because one entry is there already
      // (the same key, enqueued by an earlier try) is written again one by one.
      const batches: DeliveryDoc[][] = []
      for (let i = 0; i < docs.length; i += BATCH) batches.push(docs.slice(i, i + BATCH))
      await Promise.all(
        batches.map(async (batch) => {
          try {
            await deliveries().add(batch)
          } catch {
            await addEach(batch)
          }
        }),
      )
    },

    get: async (id: string): Promise<DeliveryDoc | null> =>
      (((await deliveries().doc(id).get()).data as DeliveryDoc[])[0] ?? null) as DeliveryDoc | null,

    /** Sends an entry again later: its notice is not published yet (see deliverDue). */
    postpone: async (id: string, until: Date): Promise<void> => {
      await deliveries().where({ _id: id, status: 'pending' }).update({ nextAttemptAt: until })
    },

    /** Entries due now: pending ones whose time came, and leases a crashed worker left behind. */
    listDue: async (now: Date, limit: number): Promise<DeliveryDoc[]> => {
      const res = await deliveries()
        .where(
          _.or([
            { status: 'pending', nextAttemptAt: _.lte(now) },
            { status: 'sending', leaseUntil: _.lte(now) },
          ]),
        )
        .orderBy('nextAttemptAt', 'asc')
        .limit(limit)
        .get()
      return res.data as DeliveryDoc[]
    },

    /** Takes the lease if nobody changed the entry since it was read (attempts is its version). */
    lease: async (entry: DeliveryDoc, now: Date, leaseMs: number): Promise<boolean> => {
      const res = (await deliveries()
        .where({ _id: entry._id, status: entry.status, attempts: entry.attempts })
        .update({
          status: 'sending',
          attempts: entry.attempts + 1,
          leaseUntil: new Date(now.getTime() + leaseMs),
        })) as { updated?: number }
      return res.updated === 1
    },

    /** Records what this attempt held (quota taken) or how it ended, for the lease holder only. */
    settle: async (
      id: string,
      attempts: number,
      set: Partial<Omit<DeliveryDoc, '_id'>>,
    ): Promise<boolean> => {
      const res = (await deliveries()
        .where({ _id: id, status: 'sending', attempts })
        .update(set)) as { updated?: number }
      return res.updated === 1
    },
  }
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>
