// Privacy through responses: masking what people type, sensitive categories, unit liaisons, photos.
import { clearReportAllowances, requestIn } from '../support/drive'
import { aReport } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const report = async (description: string, extra: Record<string, unknown> = {}) => {
  await clearReportAllowances(stack)
  const input = aReport({ description, ...extra })
  return dataOf(await stack.call('requests', 'report', input, 'demo-resident')).id as string
}
const get = (id: string, openid: string) => stack.call('requests', 'get', { id }, openid)
const idsOf = (page: { items: { id: string }[] }) => page.items.map((i) => i.id)

/** Full-width digits to ASCII, separators dropped: what a reader could still make out. */
const digitsOf = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '')

// Each text puts its secret first, inside the board's excerpt; `secret` are the digits it carries.
const SPELLINGS = [
  { text: '电话139 1234 5678，楼道灯坏了', secret: '13912345678' },
  { text: '电话139-1234-5678，楼道灯坏了', secret: '13912345678' },
  { text: '电话１３９１２３４５６７８，楼道灯坏了', secret: '13912345678' },
  { text: '电话+86 13912345678，楼道灯坏了', secret: '13912345678' },
  { text: '我家3栋301楼道灯坏了很久', secret: '301' },
  { text: '我家5号楼502楼道灯坏了很久', secret: '502' },
  { text: '我家2单元401室门口灯坏了', secret: '401' },
  { text: '身份证110101199003074514丢在楼道', secret: '110101199003074514' },
]

describe('masking what people really type', () => {
  const reported: { id: string; text: string; secret: string }[] = []
  beforeAll(async () => {
    for (const s of SPELLINGS) reported.push({ ...s, id: await report(s.text) })
  })

  it('shows members none of it on the board or in a masked get', async () => {
    const board = dataOf(await stack.call('requests', 'listBoard', { limit: 50 }, 'demo-member'))
    for (const { id, secret } of reported) {
      const item = board.items.find((i: { id: string }) => i.id === id)
      expect(item).toBeDefined()
      expect(digitsOf(item.excerpt)).not.toContain(secret)
      const detail = dataOf(await get(id, 'demo-member'))
      expect(detail.masked).toBe(true)
      expect(digitsOf(detail.description)).not.toContain(secret)
      const texts = [detail.excerpt, ...detail.timeline.map((e: { note?: string }) => e.note ?? '')]
      for (const text of texts) expect(digitsOf(text)).not.toContain(secret)
      expect(detail.reporter).toBeNull()
    }
  })

  it('shows the grid leader the text in full', async () => {
    for (const { id, text } of reported) {
      const detail = dataOf(await get(id, 'demo-grid-leader'))
      expect(detail).toMatchObject({ masked: false, description: text })
    }
  })

  it('never puts the reporter name, phone or room in a list', async () => {
    const me = await stack.db.collection('persons').where({ openid: 'demo-resident' }).get()
    const { name, phone } = me.data[0] as { name: string; phone: string }
    const lists = [
      stack.call('requests', 'listBoard', { limit: 50 }, 'demo-member'),
      stack.call('requests', 'listForGrid', { limit: 50, status: 'all' }, 'demo-member'),
      stack.call('requests', 'listForGrid', { limit: 50, status: 'all' }, 'demo-grid-leader'),
      stack.call('requests', 'listForGrid', { limit: 50, status: 'all' }, 'demo-staff'),
      stack.call('requests', 'listMine', { limit: 50 }, 'demo-resident'),
      stack.call(
        'requests',
        'similar',
        { category: 'repair', buildingId: 'bldg-01' },
        'demo-resident-2',
      ),
    ]
    for (const page of await Promise.all(lists)) {
      const json = JSON.stringify(dataOf(page))
      expect(dataOf(page).items.length).toBeGreaterThan(0)
      for (const secret of [name, phone, '1单元101']) expect(json).not.toContain(secret)
    }
  })
})

describe('sensitive categories', () => {
  const sensitive: Record<string, string> = {}
  beforeAll(async () => {
    sensitive.dispute = await report('楼上邻居装修噪音，协商不成', { category: 'dispute' })
    sensitive.elderCare = await report('独居老人需要定期上门看看', { category: 'elderCare' })
    sensitive.medical = await report('家里老人血压高，想请医生上门', { category: 'medical' })
  })

  it('never reach a member board or grid list', async () => {
    const ids = Object.values(sensitive)
    for (const openid of ['demo-member', 'demo-member-2', 'demo-captain']) {
      for (const status of ['open', 'taken', 'active'] as const) {
        const board = dataOf(await stack.call('requests', 'listBoard', { status }, openid))
        for (const id of ids) expect(idsOf(board)).not.toContain(id)
      }
      const grid = dataOf(await stack.call('requests', 'listForGrid', { status: 'all' }, openid))
      for (const id of ids) expect(idsOf(grid)).not.toContain(id)
      for (const id of ids)
        expect(await get(id, openid)).toMatchObject({ error: { code: 'NOT_FOUND' } })
    }
    const leader = dataOf(
      await stack.call('requests', 'listForGrid', { limit: 50 }, 'demo-grid-leader'),
    )
    for (const id of ids) expect(idsOf(leader)).toContain(id)
  })

  it('are seen by the assignee alone once the leader assigns one', async () => {
    // GIVEN the dispute, assigned by the grid leader to demo-member-2
    const id = sensitive.dispute as string
    const to = { kind: 'member', id: 'person-demo-member-2' }
    dataOf(await stack.call('requests', 'assign', { id, to }, 'demo-grid-leader'))
    // THEN the assignee, leader, staff and reporter see it in full; other members and leaders do not
    for (const openid of ['demo-member-2', 'demo-grid-leader', 'demo-staff', 'demo-resident']) {
      expect(dataOf(await get(id, openid))).toMatchObject({ masked: false, category: 'dispute' })
    }
    for (const openid of ['demo-member', 'demo-captain', 'demo-grid-leader-2', 'demo-resident-2']) {
      expect(await get(id, openid)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const tasks = dataOf(await stack.call('requests', 'listMyTasks', {}, 'demo-member-2'))
    expect(idsOf(tasks)).toContain(id)
  })
})

describe('a unit liaison', () => {
  it('sees only what was transferred to their unit, and resolves it', async () => {
    // GIVEN three open requests: one transferred to unit-1, one to unit-2, one left open
    const mine = await requestIn(stack, 'open')
    const other = await requestIn(stack, 'open')
    const untouched = await requestIn(stack, 'open')
    expect(await get(mine, 'demo-unit-liaison')).toMatchObject({ error: { code: 'NOT_FOUND' } })
    const transfer = (id: string, unit: string) =>
      stack.call(
        'requests',
        'transfer',
        { id, to: { kind: 'unit', id: unit }, reason: '属驻区单位职责' },
        'demo-grid-leader',
      )
    dataOf(await transfer(mine, 'unit-1'))
    dataOf(await transfer(other, 'unit-2'))
    // THEN the liaison of unit-1 sees the first in full and has it in their tasks, not the others
    const detail = dataOf(await get(mine, 'demo-unit-liaison'))
    expect(detail).toMatchObject({ masked: false, status: 'assigned', handler: { kind: 'unit' } })
    expect(detail.actions).toEqual(expect.arrayContaining(['start', 'resolve']))
    for (const id of [other, untouched]) {
      expect(await get(id, 'demo-unit-liaison')).toMatchObject({ error: { code: 'NOT_FOUND' } })
    }
    const tasks = dataOf(await stack.call('requests', 'listMyTasks', {}, 'demo-unit-liaison'))
    expect(idsOf(tasks)).toEqual([mine])
    // AND resolves it
    const resolved = dataOf(
      await stack.call(
        'requests',
        'resolve',
        { id: mine, note: '已协调维修' },
        'demo-unit-liaison',
      ),
    )
    expect(resolved.status).toBe('resolved')
    const refused = await stack.call(
      'requests',
      'resolve',
      { id: other, note: '已协调维修' },
      'demo-unit-liaison',
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('photos', () => {
  it('come with URLs to those who may see the request, and to nobody else', async () => {
    // GIVEN a report with an uploaded photo
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('x'),
    ])
    const upload = await fetch(`${stack.url}/storage/upload?path=requests/p/1.png`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'x-wx-openid': 'demo-resident' },
      body: png,
    })
    const { fileID } = (await upload.json()) as { fileID: string }
    const id = await report('楼道墙皮脱落，见照片', { photos: [fileID] })
    // THEN the reporter, leader, staff and a member of the grid get a URL for it
    for (const openid of ['demo-resident', 'demo-grid-leader', 'demo-staff', 'demo-member']) {
      const detail = dataOf(await get(id, openid))
      expect(detail.photos).toEqual([{ fileId: fileID, url: expect.stringMatching(/^http/) }])
    }
    // AND others get NOT_FOUND, without the photo
    for (const openid of [
      'demo-resident-far',
      'demo-grid-leader-2',
      'demo-unit-liaison',
      'demo-newcomer',
    ]) {
      const res = await get(id, openid)
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(JSON.stringify(res)).not.toContain('requests/p/1.png')
    }
  })
})
