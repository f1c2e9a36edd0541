// Stored data the functions must not trust: a malformed request in a list, a client-written person.
import { aSkeletonRequest } from '../support/factories'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

it('answers a list with one malformed stored request, leaving it out', async () => {
  // GIVEN two requests of demo-resident-far on file, one of them malformed (no category)
  const good = aSkeletonRequest({ reporterOpenid: 'demo-resident-far' })
  const bad = aSkeletonRequest({ reporterOpenid: 'demo-resident-far', category: 42 })
  await stack.db.collection('requests').add(good)
  await stack.db.collection('requests').add(bad)
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  // WHEN they list their requests
  const page = dataOf(await stack.call('requests', 'listMine', {}, 'demo-resident-far'))
  spy.mockRestore()
  // THEN the list answers with the good one only
  expect(page.items.map((i: { id: string }) => i.id)).toEqual([good._id])
})

it('never believes roles from a person document a client wrote (_openid)', async () => {
  // GIVEN a person claiming to be staff, written the way a client SDK writes (with _openid)
  await stack.db.collection('persons').add({
    _id: 'person-forged',
    _openid: 'forger',
    communityId: 'chengxi',
    openid: 'forger',
    name: '冒充者',
    phone: null,
    verified: true,
    roles: [{ role: 'staff' }],
    member: null,
  })
  // WHEN that openid asks for the whole community's board
  const res = await stack.call('requests', 'listForGrid', {}, 'forger')
  // THEN it is a stranger with no roles
  expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  const me = dataOf(await stack.call('org', 'me', {}, 'forger'))
  expect(me).toMatchObject({ personId: null, roles: [] })
})
