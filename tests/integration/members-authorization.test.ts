// The members/evaluations half of the authorization table, through the gateway, every answer to a
// member also checked for a rater's identity. authorization.test.ts checks this table is complete.
import type { ErrorCode } from '@linli/types'
import { checkedForRaters } from '../support/rater-privacy'
import { identitiesOf, WHO, type Who } from '../support/identities'
import { startStack, type Stack } from '../support/stack'
import { MEMBER_TABLE, type MemberRow } from './members-authorization-table'

let raw: Stack
let stack: ReturnType<typeof checkedForRaters>
let openids: Record<Who, string>

beforeAll(async () => {
  raw = await startStack()
  stack = checkedForRaters(raw)
  openids = await identitiesOf(raw)
})
afterAll(() => raw.close())

const rows = (['members', 'evaluations'] as const).flatMap((fn) =>
  Object.entries(MEMBER_TABLE[fn] as Record<string, MemberRow>).map(
    ([a, r]) => [fn, a, r] as const,
  ),
)
const outcome = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? 'ok' : (res.error?.code ?? 'no code')

describe('the members and evaluations authorization table', () => {
  it.each(rows)('%s.%s', async (fn, action, r) => {
    const shared = await r.setup(stack)
    const got: Partial<Record<Who, ErrorCode | 'ok' | string>> = {}
    const refused = WHO.filter((_, i) => r.read || r.expect[i] !== 'ok')
    for (const who of refused) {
      got[who] = outcome(await stack.call(fn, action as never, r.data(shared), openids[who]))
    }
    for (const who of WHO.filter((w) => !refused.includes(w))) {
      const own = await r.setup(stack)
      got[who] = outcome(await stack.call(fn, action as never, r.data(own), openids[who]))
    }
    expect(got).toEqual(Object.fromEntries(WHO.map((w, i) => [w, r.expect[i]])))
  })

  it('checked answers to members for raters', () => {
    expect(stack.checkedAnswers()).toBeGreaterThan(50)
  })
})
