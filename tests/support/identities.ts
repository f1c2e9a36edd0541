// The ten identities the authorization tables are written for: their column order and openids.
import type { Stack } from './stack'

/** The columns of every authorization table, in this order. */
export const WHO = [
  'resident',
  'residentFar',
  'newcomer',
  'member',
  'memberFar',
  'captain',
  'leader',
  'leader2',
  'liaison',
  'staff',
] as const
export type Who = (typeof WHO)[number]

/**
 * The openid of each column. A plain member posted in grid 3 (memberFar) is not a demo identity:
 * it is found in the seed of the stack.
 */
export const identitiesOf = async (stack: Stack): Promise<Record<Who, string>> => {
  const found = await stack.db.collection('persons').where({ 'roles.gridId': 'grid-3' }).get()
  const plain = (
    found.data as { openid: string; roles: { role: string; gridId?: string }[] }[]
  ).find(
    (p) => p.roles.length === 1 && p.roles[0]?.role === 'member' && p.roles[0].gridId === 'grid-3',
  )
  if (!plain) throw new Error('the seed has no plain member posted in grid 3')
  return {
    resident: 'demo-resident',
    residentFar: 'demo-resident-far',
    newcomer: 'demo-newcomer',
    member: 'demo-member',
    memberFar: plain.openid,
    captain: 'demo-captain',
    leader: 'demo-grid-leader',
    leader2: 'demo-grid-leader-2',
    liaison: 'demo-unit-liaison',
    staff: 'demo-staff',
  }
}
