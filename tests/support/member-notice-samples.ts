// The samples of `members`, `evaluations` and `notices` for action-samples.ts (bench, query plans,
// round trips): members and evaluations from their authorization table (the first identity it
// allows, with the target it sets up), notices written out, as the person who would call.
import { randomUUID } from 'node:crypto'
import { MEMBER_TABLE } from '../integration/members-authorization-table'
import { WHO, type Who } from './identities'
import { aNotice, sendNotice } from './notices'
import type { Stack } from './stack'

export interface SetupSample {
  fn: string
  action: string
  who: string
  /** Makes the target the call needs (its id), or '' when it needs none. */
  setup: (stack: Stack) => Promise<string>
  data: (id: string) => Record<string, unknown>
}

/** The table's columns with a fixed openid (memberFar is found in the seed, so it is left out). */
const OPENIDS: Partial<Record<Who, string>> = {
  resident: 'demo-resident',
  residentFar: 'demo-resident-far',
  newcomer: 'demo-newcomer',
  member: 'demo-member',
  captain: 'demo-captain',
  leader: 'demo-grid-leader',
  leader2: 'demo-grid-leader-2',
  liaison: 'demo-unit-liaison',
  staff: 'demo-staff',
}

const fromTable = (): SetupSample[] =>
  (['members', 'evaluations'] as const).flatMap((fn) =>
    Object.entries(MEMBER_TABLE[fn]).flatMap(([action, row]) => {
      const column = WHO.findIndex((who, i) => row.expect[i] === 'ok' && OPENIDS[who])
      const who = column >= 0 ? OPENIDS[WHO[column] as Who] : undefined
      return who ? [{ fn, action, who, setup: row.setup, data: row.data }] : []
    }),
  )

const LEADER = 'demo-grid-leader'
const notice = async (stack: Stack) => (await sendNotice(stack, LEADER, { urgency: 'urgent' })).id
/** review takes the held item's id (one queue for every kind), not the notice's. */
const heldNotice = async (stack: Stack) => {
  const body = `团购请加微信 ${randomUUID()}`
  await sendNotice(stack, LEADER, { body })
  const held = await stack.db.collection('moderation').where({ kind: 'notice' }).limit(1000).get()
  const item = (held.data as { _id: string; text: string }[]).find((i) => i.text.includes(body))
  if (!item) throw new Error('the held notice is not in the queue')
  return item._id
}
const none = async () => ''
const n = (
  action: string,
  who: string,
  setup: SetupSample['setup'],
  data: SetupSample['data'],
): SetupSample => ({ fn: 'notices', action, who, setup, data })

// prettier-ignore
const NOTICE_SAMPLES: SetupSample[] = [
  n('send', LEADER, none, () => aNotice()),
  n('inbox', 'demo-resident', none, () => ({})),
  n('read', 'demo-resident', notice, (id) => ({ id })),
  n('stats', LEADER, notice, (id) => ({ id })),
  n('doorKnockList', LEADER, notice, (id) => ({ id })),
  n('markVisited', LEADER, notice, (id) => ({ id, householdId: 'hh-01-2' })),
  n('listSent', LEADER, none, () => ({})),
  n('targets', LEADER, none, () => ({})),
  n('subscribe', 'demo-resident', none, () => ({ accepted: ['notice'] })),
  n('templates', 'demo-resident', none, () => ({})),
  n('listHeld', 'demo-staff', none, () => ({})),
  n('review', 'demo-staff', heldNotice, (id) => ({ id, decision: 'reject' })),
]

export const MEMBER_NOTICE_SAMPLES = (): SetupSample[] => [...fromTable(), ...NOTICE_SAMPLES]
