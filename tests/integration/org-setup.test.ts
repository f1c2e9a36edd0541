// Issue 11 §4 through the gateway: staff keep the org tree, edit the rules as versioned data (two
// editors at once: one wins, the other is told RULES.STALE), every change is logged, and reports
// are routed by the community's stored categories and due times.
import { randomUUID } from 'node:crypto'
import type { ReportCategory } from '@linli/types'
import { aReport } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const key = () => randomUUID()
const staff = (action: string, data: Record<string, unknown>) =>
  stack.call('org', action as never, data as never, 'demo-staff')
const codeOf = (res: { ok: boolean; error?: { code: string } }) => (res.ok ? 'ok' : res.error?.code)

describe('社区设置', () => {
  it('creates a grid once per form, renames it, and refuses a name another grid has', async () => {
    const form = key()
    const first = dataOf(
      await staff('saveGrid', { name: '测试网格甲', leaderId: null, clientRequestId: form }),
    )
    const retry = dataOf(
      await staff('saveGrid', { name: '测试网格甲', leaderId: null, clientRequestId: form }),
    )
    expect(retry.id).toBe(first.id)
    const renamed = dataOf(
      await staff('saveGrid', {
        id: first.id,
        name: '测试网格乙',
        leaderId: null,
        clientRequestId: key(),
      }),
    )
    expect(renamed.name).toBe('测试网格乙')
    const setup = dataOf(await staff('setup', {}))
    expect(setup.grids.filter((g: { id: string }) => g.id === first.id)).toHaveLength(1)
    const taken = await staff('saveGrid', {
      name: setup.grids.find((g: { id: string }) => g.id !== first.id).name,
      leaderId: null,
      clientRequestId: key(),
    })
    expect(codeOf(taken)).toBe('ORG.NAME_TAKEN')
  })

  it('makes the chosen person the grid leader (the role follows), and refuses an unknown grid id', async () => {
    const grid = dataOf(
      await staff('saveGrid', {
        name: '测试网格丙',
        leaderId: 'person-demo-member-2',
        clientRequestId: key(),
      }),
    )
    expect(grid.leaderName).not.toBeNull()
    const person = (await stack.db.collection('persons').doc('person-demo-member-2').get()).data[0]
    expect(person.roles).toContainEqual({ role: 'gridLeader', gridId: grid.id })
    expect(
      codeOf(
        await staff('saveGrid', {
          id: 'grid-none',
          name: 'x',
          leaderId: null,
          clientRequestId: key(),
        }),
      ),
    ).toBe('NOT_FOUND')
  })

  it('refuses to move a building with households to another grid (ORG.IN_USE)', async () => {
    const setup = dataOf(await staff('setup', {}))
    const b = setup.buildings.find((x: { id: string }) => x.id === 'bldg-01')
    const res = await staff('saveBuilding', {
      id: b.id,
      name: b.name,
      gridId: 'grid-2',
      order: b.order,
      clientRequestId: key(),
    })
    expect(codeOf(res)).toBe('ORG.IN_USE')
    const after = dataOf(await staff('setup', {})).buildings.find(
      (x: { id: string }) => x.id === 'bldg-01',
    )
    expect(after.gridId).toBe(b.gridId)
  })

  it('posts a member to a grid, and refuses a post for someone who is no Party member', async () => {
    const post = dataOf(
      await staff('savePost', {
        personId: 'person-demo-member-2',
        gridId: 'grid-2',
        clientRequestId: key(),
      }),
    )
    expect(post.gridId).toBe('grid-2')
    const back = dataOf(
      await staff('savePost', {
        personId: 'person-demo-member-2',
        gridId: 'grid-1',
        clientRequestId: key(),
      }),
    )
    expect(back.gridId).toBe('grid-1')
    const resident = await staff('savePost', {
      personId: 'person-demo-resident',
      gridId: 'grid-1',
      clientRequestId: key(),
    })
    expect(codeOf(resident)).toBe('ORG.NOT_MEMBER')
  })
})

describe('规则', () => {
  it('of twenty staff saving over one version at once, exactly one lands and is logged', async () => {
    // GIVEN the due times as they are now
    const before = dataOf(await staff('rules', {})).dueTimes
    // WHEN twenty saves over that version run at once, each with its own 现场办 hours
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff('updateRules', {
          kind: 'dueTimes',
          version: before.version,
          clientRequestId: key(),
          value: { ...before.value, onSite: { kind: 'hours', hours: i + 1 } },
        }),
      ),
    )
    // THEN one is saved, the others are told the rules moved on
    const oks = results.filter((r) => r.ok)
    expect(oks).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map(codeOf)).toEqual(Array(19).fill('RULES.STALE'))
    const after = dataOf(await staff('rules', {})).dueTimes
    expect(after.version).toBe(before.version + 1)
    // AND the log holds exactly that change, with who made it and what it was before
    const log = dataOf(await staff('ruleChanges', { limit: 50 })).items.filter(
      (c: { kind: string; version: number }) =>
        c.kind === 'dueTimes' && c.version === after.version,
    )
    expect(log).toHaveLength(1)
    expect(log[0].before).toEqual(before.value)
    expect(log[0].after).toEqual(after.value)
    expect(log[0].byName).not.toBeNull()
  })

  it('routes a new report by the edited due time, and refuses a switched-off category', async () => {
    const rules = dataOf(await staff('rules', {}))
    dataOf(
      await staff('updateRules', {
        kind: 'dueTimes',
        version: rules.dueTimes.version,
        clientRequestId: key(),
        value: { ...rules.dueTimes.value, sameDay: { kind: 'hours', hours: 2 } },
      }),
    )
    const report = dataOf(
      await stack.call('requests', 'report', aReport({ category: 'repair' }), 'demo-resident'),
    )
    const stored = (await stack.db.collection('requests').doc(report.id).get()).data[0]
    const hours =
      (new Date(stored.dueAt).getTime() - new Date(stored.createdAt).getTime()) / 3_600_000
    expect(hours).toBeCloseTo(2, 5)
    dataOf(
      await staff('updateRules', {
        kind: 'categories',
        version: rules.categories.version,
        clientRequestId: key(),
        value: {
          ...rules.categories.value,
          heating: { ...rules.categories.value.heating, enabled: false },
        },
      }),
    )
    const refused = await stack.call(
      'requests',
      'report',
      aReport({ category: 'heating' }),
      'demo-resident',
    )
    expect(codeOf(refused)).toBe('RULES.CATEGORY_DISABLED')
  })

  it("offers a report form the community's categories: a switched-off one left out, a new name shown", async () => {
    const offered = async (): Promise<ReportCategory[]> =>
      dataOf(await stack.call('org', 'me', {}, 'demo-resident')).categories
    const before = (await offered()).map((c) => c.id)
    expect(before).toContain('culture')
    const rules = dataOf(await staff('rules', {}))
    dataOf(
      await staff('updateRules', {
        kind: 'categories',
        version: rules.categories.version,
        clientRequestId: key(),
        value: {
          ...rules.categories.value,
          culture: { ...rules.categories.value.culture, enabled: false },
          repair: { ...rules.categories.value.repair, name: '房屋报修' },
        },
      }),
    )
    const after = await offered()
    expect(after.map((c) => c.id)).toEqual(before.filter((id) => id !== 'culture'))
    expect(after.find((c) => c.id === 'repair')?.name).toBe('房屋报修')
  })

  it('lists the changes newest first, in pages', async () => {
    const first = dataOf(await staff('ruleChanges', { limit: 1 }))
    expect(first.items).toHaveLength(1)
    const next = dataOf(await staff('ruleChanges', { limit: 1, cursor: first.nextCursor }))
    expect(new Date(next.items[0].at).getTime()).toBeLessThanOrEqual(
      new Date(first.items[0].at).getTime(),
    )
    expect(next.items[0].id).not.toBe(first.items[0].id)
  })

  it('still reads points rules a community saved before the rule store existed', async () => {
    // GIVEN an older deployment's document in pointsRules, and nothing of points in the rule store
    const legacy = { ...dataOf(await staff('rules', {})).points.value, perHour: 7 }
    await stack.db
      .collection('pointsRules')
      .doc('chengxi')
      .set({ rules: legacy, updatedAt: new Date() })
    // THEN members read it
    const read = dataOf(await stack.call('members', 'pointsRules', {}, 'demo-member'))
    expect(read.rules.perHour).toBe(7)
  })

  it('keeps members.setPointsRules in the same store: its save shows as a points change', async () => {
    const before = dataOf(await staff('rules', {})).points
    const value = { ...before.value, perHour: 3 }
    dataOf(
      await stack.call(
        'members',
        'setPointsRules',
        { rules: value, clientRequestId: key() },
        'demo-staff',
      ),
    )
    const after = dataOf(await staff('rules', {})).points
    expect(after.version).toBe(before.version + 1)
    expect(after.value.perHour).toBe(3)
    expect(
      dataOf(await stack.call('members', 'pointsRules', {}, 'demo-member')).rules.perHour,
    ).toBe(3)
  })
})
