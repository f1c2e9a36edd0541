// A rule change is never left unlogged: when its log entry cannot be written the saved value is
// taken back (the first save of a kind, and a later one), so the store and the log agree.
import { resolveCaller } from '../../../cloudfunctions/use-cases/caller'
import type { Deps } from '../../../cloudfunctions/use-cases/deps'
import { readRules, saveRules } from '../../../cloudfunctions/use-cases/org/rule-store'
import { startInProcess, type InProcess } from '../../support/in-process'

let world: InProcess
beforeAll(async () => {
  world = await startInProcess()
})
afterAll(() => world.close())

const failingLog = (): Deps => ({
  ...world.deps,
  rules: {
    ...world.deps.rules,
    logChange: async () => {
      throw new Error('the log is unreachable')
    },
  },
})

describe('saveRules', () => {
  it.each([
    ['the first save of a kind', false],
    ['a save over a stored version', true],
  ])('takes back %s whose log entry fails', async (_name, storedFirst) => {
    const caller = await resolveCaller('demo-staff', world.deps)
    const kind = storedFirst ? 'dueTimes' : 'categories'
    const before = await readRules(caller.communityId, [kind], world.deps)
    let seen = before[kind].version
    if (storedFirst) {
      // GIVEN one logged save already
      seen = (await saveRules(kind, before[kind].value, seen, caller, world.deps)).version
    }
    const current = await readRules(caller.communityId, [kind], world.deps)
    // WHEN a save's log entry cannot be written
    const edited =
      kind === 'dueTimes'
        ? { ...current.dueTimes.value, onSite: { kind: 'hours' as const, hours: 9 } }
        : current.categories.value
    await expect(
      saveRules(kind, edited as never, seen, caller, failingLog()),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
    })
    // THEN the store holds what it held, under the same version, and a next save still lands
    const after = await readRules(caller.communityId, [kind], world.deps)
    expect(after[kind].version).toBe(seen)
    expect(after[kind].value).toEqual(current[kind].value)
    const next = await saveRules(kind, edited as never, seen, caller, world.deps)
    expect(next.version).toBe(seen + 1)
  })
})
