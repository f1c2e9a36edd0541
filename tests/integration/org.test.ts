// org function through the gateway and the real SDK against the emulator.
import { REQUEST_CATEGORIES } from '@linli/types'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

describe('org.me', () => {
  it('tells a resident their household, building and grid', async () => {
    // GIVEN the seeded resident of 益民巷1号楼
    // WHEN they ask who they are
    const me = dataOf(await stack.call('org', 'me', {}, 'demo-resident'))
    // THEN they are a verified resident of grid 1
    expect(me).toMatchObject({
      verified: true,
      communityId: 'chengxi',
      building: { id: 'bldg-01', name: '益民巷1号楼' },
      grid: { id: 'grid-1', name: '益民巷网格' },
      household: { id: 'hh-01-1', room: '1单元101' },
    })
    expect(me.roles).toEqual([{ role: 'resident', householdId: 'hh-01-1' }])
  })

  it('treats an unknown openid as a new, unverified user with no roles', async () => {
    const me = dataOf(await stack.call('org', 'me', {}, 'someone-new'))
    expect(me).toEqual({
      personId: null,
      name: null,
      verified: false,
      communityId: 'chengxi',
      roles: [],
      household: null,
      building: null,
      grid: null,
      boardGrids: [],
      // The seeded community keeps the default categories: every one, under its own name.
      categories: REQUEST_CATEGORIES.map(({ id, name, sensitive }) => ({ id, name, sensitive })),
    })
  })

  it('gives the grid leader their leader role', async () => {
    const me = dataOf(await stack.call('org', 'me', {}, 'demo-grid-leader'))
    expect(me.roles).toContainEqual({ role: 'gridLeader', gridId: 'grid-1' })
    expect(me.boardGrids).toEqual([{ id: 'grid-1', name: '益民巷网格' }])
  })

  it('refuses a call without platform identity', async () => {
    const res = await stack.call('org', 'me', {}, null)
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  it('refuses an unknown action and unexpected input', async () => {
    const unknown = await stack.call('org', 'dropTables' as 'me', {}, 'demo-resident')
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    const extra = await stack.call('org', 'me', { openid: 'demo-staff' }, 'demo-resident')
    expect(extra).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })
})

describe('org.listBuildings', () => {
  it('lists the community buildings in street order with their grid', async () => {
    const { items } = dataOf(await stack.call('org', 'listBuildings', {}, 'demo-resident'))
    expect(items).toHaveLength(20)
    expect(items[0]).toEqual({ id: 'bldg-01', name: '益民巷1号楼', gridId: 'grid-1' })
    expect(items[19]).toEqual({ id: 'bldg-20', name: '教育北小区5号楼', gridId: 'grid-4' })
  })
})
