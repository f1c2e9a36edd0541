// The emulated WeChat cloud call, driven by the real wx-server-sdk: the same call the functions make.
import { prepareLocalSdkEnv } from '../../../emulator/local-sdk-env'
import { request, startTestEmulator, tempDir, type TestEmulator } from './helpers'

prepareLocalSdkEnv()
const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')

let t: TestEmulator

beforeAll(async () => {
  t = await startTestEmulator()
  cloud.init({ env: 'linli-local', serviceUrl: t.emulator.adminUrl } as never)
})
afterAll(async () => {
  await t.emulator.close()
})

const send = (data: Record<string, { value: string }>, touser = 'o-resident') =>
  cloud.openapi.subscribeMessage.send({
    touser,
    templateId: 'tmpl-notice',
    page: 'subpackages/notices/detail/index?id=n1',
    data,
  } as never)

const errCodeOf = async (promise: Promise<unknown>): Promise<number> => {
  try {
    await promise
    return 0
  } catch (error) {
    return (error as { errCode: number }).errCode
  }
}

describe('wx.openApi on /admin', () => {
  it('records a subscribe message in the outbox and answers ok', async () => {
    // WHEN a function sends one through cloud.openapi
    const res = (await send({ thing1: { value: '停水通知' } })) as { errCode: number }
    // THEN WeChat said ok and the outbox holds it, field by field
    expect(res.errCode).toBe(0)
    const [message] = t.emulator.wechat.outbox()
    expect(message).toMatchObject({
      touser: 'o-resident',
      templateId: 'tmpl-notice',
      page: 'subpackages/notices/detail/index?id=n1',
      data: { thing1: { value: '停水通知' } },
    })
  })

  it('answers 47003 for a thing over 20 characters, and records nothing', async () => {
    const before = t.emulator.wechat.outbox().length
    const code = await errCodeOf(
      send({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }),
    )
    expect(code).toBe(47003)
    expect(t.emulator.wechat.outbox()).toHaveLength(before)
  })

  it('fails the next N sends with the code it was given, then delivers again', async () => {
    t.emulator.wechat.failNext(2, -1)
    expect(await errCodeOf(send({ thing1: { value: 'a' } }))).toBe(-1)
    expect(await errCodeOf(send({ thing1: { value: 'b' } }))).toBe(-1)
    expect(await errCodeOf(send({ thing1: { value: 'c' } }))).toBe(0)
    expect(t.emulator.wechat.outbox()[0]?.data).toEqual({ thing1: { value: 'c' } })
  })

  it('checks text with msgSecCheck v2 from the word list', async () => {
    const check = (content: string) =>
      cloud.openapi.security.msgSecCheck({ content, version: 2, scene: 2, openid: 'o1' } as never)
    const verdict = async (content: string) =>
      ((await check(content)) as { result: { suggest: string } }).result.suggest
    expect(await verdict('楼道灯坏了，请尽快修理')).toBe('pass')
    expect(await verdict('需要的加微信详聊')).toBe('review')
    expect(await verdict('有人在楼里赌博')).toBe('risky')
  })

  it('lists the outbox for the local page, and keeps it across a restart', async () => {
    // GIVEN a message sent on one emulator (wx-server-sdk initialises once: call the service)
    const dataDir = tempDir()
    const first = await startTestEmulator({ dataDir })
    first.emulator.wechat.call('subscribeMessage.send', {
      touser: 'o-kept',
      template_id: 'tmpl-notice',
      data: { thing1: { value: '保存' } },
    })
    await first.emulator.close()
    // WHEN a second emulator starts on the same folder
    const second = await startTestEmulator({ dataDir })
    const res = await request(`${second.emulator.url}/wechat/outbox`)
    // THEN its outbox page lists the message
    const messages = (res.json() as { messages: { touser: string }[] }).messages
    expect(messages.map((m) => m.touser)).toEqual(['o-kept'])
    await second.emulator.close()
  })

  it('can be told over HTTP to fail the next send', async () => {
    const res = await request(`${t.emulator.url}/wechat/fail-next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: 1, errcode: 43101 }),
    })
    expect(res.status).toBe(200)
    expect(await errCodeOf(send({ thing1: { value: 'x' } }))).toBe(43101)
  })
})
