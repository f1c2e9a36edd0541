// Reads persons (one per WeChat openid) with their roles. No rules here.
import { personSchema, type Person } from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'

export const createPersonRepository = (db: Database) => ({
  findByOpenid: async (openid: string): Promise<Person | null> => {
    const res = await db.collection(COLLECTIONS.persons).where({ openid }).limit(1).get()
    const raw = (res.data as unknown[])[0]
    return raw === undefined ? null : personSchema.parse(raw)
  },
})

export type PersonRepository = ReturnType<typeof createPersonRepository>
