// Wraps a stack so every answer to a member is checked for a rater's identity (DESIGN §4: raters are
// known to the system, never to the member): no rater's person id, openid or resident name in it.
import { people } from '../../cloudfunctions/seed/demo-people'
import type { Stack } from './stack'

export class RaterLeakError extends Error {
  override name = 'RaterLeakError'
}

const MEMBER_OPENIDS = new Set(
  people.filter((p) => p.roles.some((r) => r.role === 'member')).map((p) => p.openid),
)
const byId = new Map(people.map((p) => [p._id, p] as const))

const isMemberNow = async (stack: Stack, openid: string): Promise<boolean> => {
  if (MEMBER_OPENIDS.has(openid)) return true
  const res = await stack.db.collection('persons').where({ openid, 'roles.role': 'member' }).get()
  return (res.data as unknown[]).length > 0
}

/** The strings that would identify a rater: their person id, openid, and name if not public. */
const raterMarks = async (stack: Stack, callerOpenid: string): Promise<string[]> => {
  const res = await stack.db.collection('evaluations').limit(1000).get()
  const marks = new Set<string>()
  for (const e of res.data as { raterId: string }[]) {
    const rater = byId.get(e.raterId)
    if (rater?.openid === callerOpenid) continue
    marks.add(e.raterId)
    if (rater) {
      marks.add(rater.openid)
      if (!MEMBER_OPENIDS.has(rater.openid)) marks.add(rater.name)
    }
  }
  return [...marks]
}

export const checkedForRaters = (stack: Stack): Stack & { checkedAnswers: () => number } => {
  let checked = 0
  const call: Stack['call'] = async (fn, action, data, openid) => {
    const envelope = await stack.call(fn, action, data, openid)
    if (openid !== null && (await isMemberNow(stack, openid))) {
      const text = JSON.stringify(envelope)
      for (const mark of await raterMarks(stack, openid)) {
        if (text.includes(mark)) {
          throw new RaterLeakError(`${fn}.${action} as ${openid} carries rater identity "${mark}"`)
        }
      }
      checked += 1
    }
    return envelope
  }
  return { ...stack, call, checkedAnswers: () => checked }
}
