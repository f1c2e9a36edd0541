// Households' import and verification, driven through the gateway for the integration tests.
import { randomUUID } from 'node:crypto'
import type { Stack } from './stack'

/** A fresh WeChat user nobody verified (a newcomer of their own for each test). */
export const aNewcomer = () => `newcomer-${randomUUID().slice(0, 12)}`

export const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n')

/** A room no seeded household and no other test uses. */
export const freshRoom = () => `9单元${Math.floor(Math.random() * 9_000_000) + 1_000_000}`

/** A newcomer asks to join the seeded flat 益民巷1号楼 1单元101 (grid 1); answers the request's id. */
export const joinRequested = async (stack: Stack, openid = aNewcomer()): Promise<string> => {
  const res = await stack.call(
    'org',
    'requestJoin',
    { buildingId: 'bldg-01', room: '1单元101', name: '新住户' },
    openid,
  )
  if (!res.ok) throw new Error(`requestJoin failed: ${JSON.stringify(res)}`)
  return res.data.id as string
}

/** demo-resident invites to their household; answers the code. */
export const invited = async (stack: Stack, uses = 1): Promise<string> => {
  const res = await stack.call('org', 'createInviteCode', { uses }, 'demo-resident')
  if (!res.ok) throw new Error(`createInviteCode failed: ${JSON.stringify(res)}`)
  return res.data.code as string
}
