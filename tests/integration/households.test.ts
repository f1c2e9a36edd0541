// 住户导入 and 入户核验 through the gateway (issue 11 §4): an import with one bad row writes nothing;
// a clean one writes every household and resident once; a single-use invite code used twice at once
// verifies one newcomer; a grid leader's approval verifies the newcomer into the flat they named.
import { aNewcomer, csvOf, freshRoom, invited, joinRequested } from '../support/households'
import { dataOf, startStack, type Stack } from '../support/stack'
import { xlsxBase64 } from '../support/xlsx'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const STAFF = 'demo-staff'
const HEADER = ['楼栋', '房号', '姓名', '手机']
const count = async (collection: string) =>
  (await stack.db.collection(collection).count()).total as number
/** Read from the database: the stack's check of org.me knows only the seeded people. */
const personOf = async (openid: string) =>
  (
    (await stack.db.collection('persons').where({ openid }).get()).data as {
      verified: boolean
      roles: { role: string; householdId?: string }[]
    }[]
  )[0] ?? null
const importCsv = (rows: string[][], dryRun: boolean) =>
  stack.call('org', 'importHouseholds', { format: 'csv', content: csvOf(rows), dryRun }, STAFF)

describe('importing households and residents', () => {
  it('lists the bad row on a dry run, and an import of the file writes nothing', async () => {
    // GIVEN a file of three good rows and one with a bad phone
    const rows = [
      HEADER,
      ['益民巷1号楼', freshRoom(), '王秀英', '13800001234'],
      ['益民巷1号楼', freshRoom(), '李建国', ''],
      ['益民巷1号楼', freshRoom(), '赵敏', '12345'],
      ['益民巷2号楼', freshRoom(), '孙丽', ''],
    ]
    const before = [await count('households'), await count('residents')]
    // WHEN staff try it, then import it anyway
    const dry = await importCsv(rows, true)
    const real = await importCsv(rows, false)
    // THEN the dry run names row 4's phone, the import is refused with it, and nothing is written
    expect(dry).toMatchObject({ ok: true, data: { dryRun: true, imported: false, rows: 4 } })
    expect(dataOf(dry).issues).toEqual([
      { row: 4, column: '手机', reason: '手机号格式不对（11 位手机号或带区号的座机）' },
    ])
    expect(real).toMatchObject({
      ok: false,
      error: { code: 'ORG.IMPORT_INVALID', issues: [{ path: [4, '手机'] }] },
    })
    expect([await count('households'), await count('residents')]).toEqual(before)
  })

  it('writes every household and resident of a clean file once, also when sent again', async () => {
    const room = freshRoom()
    const rows = [
      HEADER,
      ['益民巷1号楼', room, '王秀英', '13800001234'],
      ['益民巷1号楼', room, '李建国', ''],
      ['金荣路1号楼', freshRoom(), '赵敏', ''],
    ]
    const before = [await count('households'), await count('residents')]
    const first = await importCsv(rows, false)
    const again = await importCsv(rows, false)
    expect(first).toMatchObject({ ok: true, data: { imported: true, households: 2, residents: 3 } })
    expect(again).toMatchObject({ ok: true, data: { imported: true } })
    expect([await count('households'), await count('residents')]).toEqual([
      before[0]! + 2,
      before[1]! + 3,
    ])
    // A different file naming a flat now on file is told so.
    const other = await importCsv([HEADER, ['益民巷1号楼', room, '周八', '']], true)
    expect(dataOf(other).issues).toEqual([
      { row: 2, column: '房号', reason: `益民巷1号楼 ${room} 已有住户档案，不能重复导入` },
    ])
  })

  it('reads an .xlsx file the same way', async () => {
    const content = xlsxBase64([HEADER, ['益民巷1号楼', freshRoom(), '钱多多', '13900002222']])
    const res = await stack.call(
      'org',
      'importHouseholds',
      { format: 'xlsx', content, dryRun: true },
      STAFF,
    )
    expect(res).toMatchObject({ ok: true, data: { rows: 1, households: 1, issues: [] } })
  })

  it('refuses a file that is no spreadsheet with ORG.FILE_UNREADABLE', async () => {
    const content = Buffer.from('not a zip').toString('base64')
    const res = await stack.call(
      'org',
      'importHouseholds',
      { format: 'xlsx', content, dryRun: true },
      STAFF,
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'ORG.FILE_UNREADABLE' } })
  })
})

describe('verifying a newcomer into a household', () => {
  it('verifies one of two newcomers using a single-use code at once', async () => {
    const code = await invited(stack)
    const [a, b] = [aNewcomer(), aNewcomer()]
    const answers = await Promise.all(
      [a, b].map((openid) => stack.call('org', 'joinHousehold', { code, name: '家人' }, openid)),
    )
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    expect(answers.find((r) => !r.ok)).toMatchObject({ error: { code: 'ORG.INVITE_INVALID' } })
    const people = await Promise.all([a, b].map(personOf))
    expect(people.filter((p) => p?.verified)).toEqual([
      expect.objectContaining({ roles: [{ role: 'resident', householdId: 'hh-01-1' }] }),
    ])
    expect(answers.find((r) => r.ok)?.data).toEqual({
      householdId: 'hh-01-1',
      room: '1单元101',
      buildingName: '益民巷1号楼',
    })
  })

  it('lets the grid leader approve a newcomer once, even when two leaders decide at once', async () => {
    const openid = aNewcomer()
    const id = await joinRequested(stack, openid)
    const listed = await stack.call('org', 'listJoinRequests', {}, 'demo-grid-leader')
    expect(dataOf(listed).items).toContainEqual(
      expect.objectContaining({
        id,
        name: '新住户',
        room: '1单元101',
        buildingName: '益民巷1号楼',
      }),
    )
    const [approve, reject] = await Promise.all([
      stack.call('org', 'decideJoin', { id, decision: 'approve' }, 'demo-grid-leader'),
      stack.call('org', 'decideJoin', { id, decision: 'reject' }, 'demo-staff'),
    ])
    expect([approve.ok, reject.ok].filter(Boolean)).toHaveLength(1)
    const loser = approve.ok ? reject : approve
    expect(loser).toMatchObject({ error: { code: 'ORG.JOIN_ALREADY_DECIDED' } })
    expect((await personOf(openid))?.verified ?? false).toBe(approve.ok)
  })

  it('refuses a flat that is not on file, and an unknown code', async () => {
    const openid = aNewcomer()
    const noFlat = await stack.call(
      'org',
      'requestJoin',
      { buildingId: 'bldg-01', room: '99单元999', name: '新住户' },
      openid,
    )
    const noCode = await stack.call(
      'org',
      'joinHousehold',
      { code: 'ABCD2345', name: '某' },
      openid,
    )
    expect(noFlat).toMatchObject({ error: { code: 'ORG.HOUSEHOLD_NOT_FOUND' } })
    expect(noCode).toMatchObject({ error: { code: 'ORG.INVITE_INVALID' } })
  })
})
