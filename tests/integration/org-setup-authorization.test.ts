// The setup and rules half of org's authorization table, through the gateway: staff only.
// authorization.test.ts checks that the tables together cover every action of the API map.
import { identitiesOf, WHO, type Who } from '../support/identities'
import { dataOf, startStack, type Stack } from '../support/stack'
import { ORG_SETUP_TABLE } from './org-setup-authorization-table'

let stack: Stack
let openids: Record<Who, string>

beforeAll(async () => {
  stack = await startStack()
  openids = await identitiesOf(stack)
})
afterAll(() => stack.close())

const outcome = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? 'ok' : (res.error?.code ?? 'no code')

/** An edit of the rules names the version it edits: the one stored right now. */
const withVersion = async (action: string, data: Record<string, unknown>) => {
  if (action !== 'updateRules') return data
  const rules = dataOf(await stack.call('org', 'rules', {}, 'demo-staff'))
  return { ...data, version: rules.dueTimes.version }
}

describe('the org setup authorization table', () => {
  it.each(Object.entries(ORG_SETUP_TABLE.org))('org.%s', async (action, r) => {
    const got: Partial<Record<Who, string>> = {}
    for (const who of WHO) {
      const data = await withVersion(action, r.data(''))
      got[who] = outcome(await stack.call('org', action as never, data as never, openids[who]))
    }
    expect(got).toEqual(Object.fromEntries(WHO.map((w, i) => [w, r.expect[i]])))
  })
})
