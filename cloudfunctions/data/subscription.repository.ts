// Each person's one-time subscribe-message quota per template: granted when they accept in the app,
// spent one per message, zeroed when WeChat says none is left (43101). Atomic conditional updates.
import type { TemplateKey } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export interface SubscriptionDoc {
  _id: string
  openid: string
  template: TemplateKey
  remaining: number
  updatedAt: Date
}

const idOf = (openid: string, template: TemplateKey) => `${template}:${openid}`

export const createSubscriptionRepository = (db: Database) => {
  const subs = () => db.collection(COLLECTIONS.subscriptions)
  const _ = db.command
  return {
    grant: async (openid: string, template: TemplateKey, at: Date): Promise<void> => {
      const _id = idOf(openid, template)
      const bump = async () =>
        (
          (await subs()
            .doc(_id)
            .update({ remaining: _.inc(1), updatedAt: at })) as { updated?: number }
        ).updated === 1
      if (await bump()) return
      try {
        await subs().add({ _id, openid, template, remaining: 1, updatedAt: at })
      } catch {
        // Created by a concurrent grant a moment ago.
        await bump()
      }
    },

    /** Takes one unit; false when there is none. Never below zero, whatever runs at once. */
    spend: async (openid: string, template: TemplateKey): Promise<boolean> => {
      const res = (await subs()
        .where({ _id: idOf(openid, template), remaining: _.gt(0) })
        .update({ remaining: _.inc(-1) })) as { updated?: number }
      return res.updated === 1
    },

    refund: async (openid: string, template: TemplateKey): Promise<void> => {
      await subs()
        .doc(idOf(openid, template))
        .update({ remaining: _.inc(1) })
    },

    zero: async (openid: string, template: TemplateKey, at: Date): Promise<void> => {
      await subs().doc(idOf(openid, template)).update({ remaining: 0, updatedAt: at })
    },

    remaining: async (openid: string, template: TemplateKey): Promise<number> => {
      const raw = ((await subs().doc(idOf(openid, template)).get()).data as SubscriptionDoc[])[0]
      return raw?.remaining ?? 0
    },
  }
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>
