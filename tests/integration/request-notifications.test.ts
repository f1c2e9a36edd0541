// Request events go out like notices: the notify* effects of the request-event outbox become
// subscribe messages, marked with the consumer's own processed.notify; request texts are checked.
import { aReport } from '../support/factories'
import { clearReportAllowances, requestIn } from '../support/drive'
import { clearAllowances, deliverAt } from '../support/notices'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const subscribeTo = async (openid: string, template: 'requestStatus' | 'newTask') => {
  await clearAllowances(stack)
  dataOf(await stack.call('notices', 'subscribe', { accepted: [template] }, openid))
}

it('tells the reporter their request was claimed, once, marking only processed.notify', async () => {
  // GIVEN a reporter who accepted status updates, and their request claimed by a member
  await subscribeTo('demo-resident', 'requestStatus')
  const id = await requestIn(stack, 'claimed')
  // WHEN the notices timer runs (twice: the second finds nothing new)
  const at = new Date(Date.now() + 60_000)
  await deliverAt(stack, at)
  await deliverAt(stack, new Date(at.getTime() + 3_600_000))
  // THEN one message went to the reporter, saying 已认领 and opening the request
  const mine = stack.wechat.outbox().filter((m) => m.touser === 'demo-resident')
  expect(mine).toHaveLength(1)
  expect(mine[0]).toMatchObject({
    templateId: 'local-template-request-status',
    page: `packages/requests/detail/index?id=${id}`,
    data: { phrase2: { value: '已认领' } },
  })
  // AND the claim's event is marked by this consumer only; the shared processedAt is untouched
  const events = await stack.db.collection('requestEvents').where({ requestId: id }).get()
  const claim = (events.data as Record<string, any>[]).find((e) => e.action === 'claim')
  expect(claim?.processed?.notify).toBeInstanceOf(Date)
  expect(claim?.processedAt).toBeNull()
})

it('refuses a risky report and a risky note with nothing written', async () => {
  const before = (await stack.db.collection('requests').count()).total
  await clearReportAllowances(stack)
  const res = await stack.call(
    'requests',
    'report',
    aReport({ description: '楼下棋牌室天天聚众赌博' }),
    'demo-resident',
  )
  expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
  expect((await stack.db.collection('requests').count()).total).toBe(before)
  // a handler's progress note too: the request stays as it was
  const id = await requestIn(stack, 'inProgress')
  const doc = async () => (await stack.db.collection('requests').doc(id).get()).data
  const stored = await doc()
  await clearAllowances(stack)
  const note = await stack.call(
    'requests',
    'progress',
    { id, note: '有人在楼道里卖毒品' },
    'demo-member',
  )
  expect(note).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
  expect(await doc()).toEqual(stored)
})
