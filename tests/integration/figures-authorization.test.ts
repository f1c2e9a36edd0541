// The figures half of the authorization table, through the gateway (reads: nothing to set up).
// authorization.test.ts checks that the tables together cover every action of the API map.
import { identitiesOf, WHO, type Who } from '../support/identities'
import { startStack, type Stack } from '../support/stack'
import { FIGURE_TABLE } from './figures-authorization-table'

let stack: Stack
let openids: Record<Who, string>

beforeAll(async () => {
  stack = await startStack()
  openids = await identitiesOf(stack)
})
afterAll(() => stack.close())

const outcome = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? 'ok' : (res.error?.code ?? 'no code')

describe('the figures authorization table', () => {
  it.each(Object.entries(FIGURE_TABLE.figures))('figures.%s', async (action, r) => {
    const got: Partial<Record<Who, string>> = {}
    for (const who of WHO) {
      got[who] = outcome(
        await stack.call('figures', action as never, r.data('') as never, openids[who]),
      )
    }
    expect(got).toEqual(Object.fromEntries(WHO.map((w, i) => [w, r.expect[i]])))
  })
})
