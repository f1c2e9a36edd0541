// The household actions of org (import, join, invite) in the authorization table, through the gateway.
// authorization.test.ts checks that the tables together cover every action of the API map.
import type { ErrorCode } from '@linli/types'
import { identitiesOf, WHO, type Who } from '../support/identities'
import { startStack, type Stack } from '../support/stack'
import type { MemberRow } from './members-authorization-table'
import { HOUSEHOLD_TABLE } from './households-authorization-table'

let stack: Stack
let openids: Record<Who, string>

beforeAll(async () => {
  stack = await startStack()
  openids = await identitiesOf(stack)
})
afterAll(() => stack.close())

const rows = (['org'] as const).flatMap((fn) =>
  Object.entries(HOUSEHOLD_TABLE[fn] as Record<string, MemberRow>).map(
    ([a, r]) => [fn, a, r] as const,
  ),
)
const outcome = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? 'ok' : (res.error?.code ?? 'no code')

describe('the household actions authorization table', () => {
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
})
