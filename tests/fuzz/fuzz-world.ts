// The fuzz run's world: requests in many states by different people, and the pool of ids to aim at.
import { API, type FunctionName } from '@linli/types'
import type { ZodTypeAny } from 'zod'
import { buildings, grids, households, teams, units } from '../../cloudfunctions/seed/demo-org'
import { people } from '../../cloudfunctions/seed/demo-people'
import type { IdPool } from '../support/fuzz-inputs'
import type { FuzzStack } from './fuzz-stack'

const POOL_MAX = 300

export interface FuzzTarget {
  fn: FunctionName
  action: string
  input: ZodTypeAny
  /** The API map's own word: `kind: 'read'` actions must never write. */
  readOnly: boolean
}

/** Every action of the API map: a new action is fuzzed the day it is added. */
export const fuzzTargets = (): FuzzTarget[] =>
  Object.entries(API).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, { input: ZodTypeAny; kind: string }>).map(
      ([action, spec]) => ({
        fn: fn as FunctionName,
        action,
        input: spec.input,
        readOnly: spec.kind === 'read',
      }),
    ),
  )

let serial = 0
const key = () => `fuzz-world-${(serial += 1)}-${Date.now()}`

const must = async (
  stack: FuzzStack,
  fn: string,
  action: string,
  data: unknown,
  openid: string,
) => {
  const { envelope } = await stack.call(fn, action, data, openid)
  if (!envelope.ok) {
    throw new Error(`fuzz world: ${fn}.${action} failed: ${JSON.stringify(envelope.error)}`)
  }
  return envelope.data
}

const report = (stack: FuzzStack, openid: string, extra: Record<string, unknown> = {}) =>
  must(
    stack,
    'requests',
    'report',
    {
      category: 'repair',
      description: '2单元201室门口楼道灯坏了，电话 138 0000 0000',
      clientRequestId: key(),
      ...extra,
    },
    openid,
  ).then((r: { id: string }) => r.id)

/**
 * Requests of several people in several states (open, claimed, in progress, resolved, submitted,
 * sensitive, a 12345 order), so that valid-looking inputs hit real documents owned by others.
 */
export const buildWorld = async (stack: FuzzStack): Promise<IdPool> => {
  const open = await report(stack, 'demo-resident')
  const far = await report(stack, 'demo-resident-far', { category: 'sanitation' })
  const sensitive = await report(stack, 'demo-resident-2', { category: 'medical', hideName: true })
  const newcomer = await report(stack, 'demo-newcomer', { buildingId: 'bldg-02' })
  const claimed = await report(stack, 'demo-resident-2')
  await must(stack, 'requests', 'claim', { id: claimed }, 'demo-member')
  const resolved = await report(stack, 'demo-resident')
  await must(stack, 'requests', 'claim', { id: resolved }, 'demo-member')
  await must(stack, 'requests', 'start', { id: resolved }, 'demo-member')
  await must(stack, 'requests', 'resolve', { id: resolved, note: '已更换灯泡' }, 'demo-member')
  const hotline = await must(
    stack,
    'requests',
    'reportOnBehalf',
    {
      householdId: 'hh-01-2',
      category: 'roads',
      description: '路口井盖松动，车过有响声',
      channel: 'hotline12345',
      hotline: { orderNo: 'FUZZ-0001', dueAt: '2030-01-01T00:00:00+08:00' },
      clientRequestId: key(),
    },
    'demo-staff',
  ).then((r: { id: string }) => r.id)
  const requests = [open, far, sensitive, newcomer, claimed, resolved, hotline]
  const ids = [
    ...requests,
    ...(await offeringWorld(stack)),
    ...grids({}).map((g) => g._id),
    ...buildings.map((b) => b._id),
    ...households.filter((_, i) => i % 4 === 0).map((h) => h._id),
    ...teams({}).map((t) => t._id),
    ...units.map((u) => u._id),
    ...people.filter((p) => p.openid.startsWith('demo')).map((p) => p._id),
  ]
  return { ids }
}

/**
 * Issue 11: a clinic slot demo-resident booked and an activity they signed up for, so generated
 * ids hit real slots, bookings and activities (and both functions are started before the clock runs).
 */
const offeringWorld = async (stack: FuzzStack): Promise<string[]> => {
  const hour = 3_600_000
  const at = (h: number) => new Date(Date.now() + h * hour).toISOString()
  const offering = await must(
    stack,
    'offerings',
    'publish',
    {
      title: '周末义诊',
      category: 'clinic',
      provider: { kind: 'team', id: 'team-medical' },
      audience: { kind: 'everyone' },
      slots: [{ startsAt: at(24), endsAt: at(26), place: '社区服务中心', capacity: 5 }],
      clientRequestId: key(),
    },
    'demo-captain',
  )
  const slotId = (offering as { slots: { id: string }[] }).slots[0]?.id ?? ''
  const booking = await must(
    stack,
    'offerings',
    'book',
    { slotId, clientRequestId: key() },
    'demo-resident',
  )
  const activity = await must(
    stack,
    'activities',
    'create',
    {
      title: '名师大讲堂',
      startsAt: at(0.5),
      endsAt: at(2.5),
      place: '社区党群服务中心',
      capacity: 30,
      signUpDeadline: at(0.4),
      clientRequestId: key(),
    },
    'demo-staff',
  )
  const activityId = (activity as { id: string }).id
  await must(
    stack,
    'activities',
    'signUp',
    { id: activityId, clientRequestId: key() },
    'demo-resident',
  )
  return [(offering as { id: string }).id, slotId, (booking as { id: string }).id, activityId]
}

/** Adds a newly created request's id to the pool (bounded: old ones stay, new ones replace). */
export const growPool = (pool: IdPool) => (data: unknown) => {
  const id = (data as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || pool.ids.includes(id)) return
  if (pool.ids.length < POOL_MAX) pool.ids.push(id)
  else pool.ids[POOL_MAX - 1 - (id.charCodeAt(0) % 50)] = id
}
