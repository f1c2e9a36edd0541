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

/** An answer a test received as `openid` (its JSON), kept until the stack closes. */
export interface HeardAnswer {
  fn: string
  action: string
  openid: string
  text: string
}

interface Rater {
  _id: string
  openid: string
  name: string
  member: boolean
}

/**
 * Every answer to a member, checked once the suite is done, against everyone who rated by then:
 * no resident rater's person id or openid in any answer, and no rater's name in `evaluations`
 * answers. (A member who rates is a public member, and a reporter's name reaches the request's
 * handler by right: those are not counted, see checkedForRaters for the strict check of the
 * members suites.)
 */
export const raterLeaks = (
  answers: readonly HeardAnswer[],
  ratings: readonly { raterId: string }[],
  raters: readonly Rater[],
  memberOpenids: ReadonlySet<string>,
): string[] => {
  const byId = new Map(raters.map((r) => [r._id, r] as const))
  const residents = [...new Set(ratings.map((e) => e.raterId))].flatMap((id) => {
    const rater = byId.get(id)
    return rater && !rater.member ? [rater] : []
  })
  return answers.flatMap((a) => {
    if (!memberOpenids.has(a.openid)) return []
    return residents.flatMap((r) => {
      if (r.openid === a.openid) return []
      const marks = [r._id, r.openid, ...(a.fn === 'evaluations' ? [r.name] : [])]
      const hit = marks.find((m) => a.text.includes(m))
      return hit ? [`${a.fn}.${a.action} as ${a.openid} carries rater identity "${hit}"`] : []
    })
  })
}

type Db = Stack['db']

/** Reads the ratings and people once and checks every answer heard (at the stack's close). */
export const checkHeardAnswers = async (db: Db, answers: readonly HeardAnswer[]): Promise<void> => {
  if (answers.length === 0) return
  const ratings = (await db.collection('evaluations').limit(1000).get()).data as {
    raterId: string
  }[]
  if (ratings.length === 0) return
  const _ = db.command
  const ids = [...new Set(ratings.map((e) => e.raterId))]
  const [raters, members] = await Promise.all([
    db
      .collection('persons')
      .where({ _id: _.in(ids) })
      .limit(1000)
      .get(),
    db.collection('persons').where({ 'roles.role': 'member' }).limit(1000).get(),
  ])
  const people = (
    raters.data as { _id: string; openid: string; name: string; roles: { role: string }[] }[]
  ).map((p) => ({ ...p, member: p.roles.some((r) => r.role === 'member') }))
  const memberOpenids = new Set((members.data as { openid: string }[]).map((p) => p.openid))
  const leaks = raterLeaks(answers, ratings, people, memberOpenids)
  if (leaks.length > 0) throw new RaterLeakError(leaks.slice(0, 5).join('\n'))
}
