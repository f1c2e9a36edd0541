// Content held for staff and images checked asynchronously, through the gateway and the emulator:
// one queue for every kind of held text, what the public sees meanwhile, the decisions, the
// wxa_media_check push that takes a risky image out, and request messages for unit liaisons.
import { randomUUID } from 'node:crypto'
import { aReport } from '../support/factories'
import { clearReportAllowances, requestIn } from '../support/drive'
import { aNotice, clearAllowances, deliverAt, sendNotice } from '../support/notices'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const STAFF = 'demo-staff'
/** A word the emulator's msgSecCheck answers `review` for (emulator/wechat/word-list.ts). */
const HELD = '有需要的请加微信联系'

type Held = { id: string; kind: string; label: string; text: string }
const queue = async (): Promise<Held[]> =>
  dataOf(await stack.call('notices', 'listHeld', { limit: 50 }, STAFF)).items as Held[]

const review = async (id: string, decision: 'approve' | 'reject', who = STAFF) => {
  await clearAllowances(stack)
  return stack.call('notices', 'review', { id, decision }, who)
}

const heldFor = async (refText: string): Promise<Held> => {
  const item = (await queue()).find((i) => i.text.includes(refText))
  if (!item) throw new Error(`nothing held with "${refText}"`)
  return item
}

const count = async (collection: string) => (await stack.db.collection(collection).count()).total

describe('a request description in review', () => {
  it('reaches the grid at once, is 内容审核中 to the public until staff approve it', async () => {
    // GIVEN a resident's report whose description the content check holds
    await clearReportAllowances(stack)
    const description = `楼下空地堆满了建筑垃圾，${HELD}`
    const filed = dataOf(
      await stack.call('requests', 'report', aReport({ description }), 'demo-resident'),
    )
    // THEN it is open on the grid's board right away (help is not delayed) …
    expect(filed.status).toBe('open')
    // … the reporter and the grid leader read it in full
    for (const who of ['demo-resident', 'demo-grid-leader']) {
      const seen = dataOf(await stack.call('requests', 'get', { id: filed.id }, who))
      expect(seen.description).toBe(description)
    }
    // … a member on the board sees 内容审核中 in its place, in the detail and in the list
    const masked = dataOf(await stack.call('requests', 'get', { id: filed.id }, 'demo-member'))
    expect(masked).toMatchObject({ masked: true, description: '内容审核中' })
    const board = dataOf(await stack.call('requests', 'listBoard', { limit: 50 }, 'demo-member'))
    const card = (board.items as { id: string; excerpt: string }[]).find((r) => r.id === filed.id)
    expect(card?.excerpt).toBe('内容审核中')
    // … and staff find it in the one queue, labelled
    const item = await heldFor('建筑垃圾')
    expect(item).toMatchObject({ kind: 'requestText', label: '诉求描述', text: description })
    // WHEN staff approve it
    expect(dataOf(await review(item.id, 'approve'))).toEqual({ id: item.id, status: 'approved' })
    // THEN the member reads the description (masked as usual) and the queue no longer has it
    const after = dataOf(await stack.call('requests', 'get', { id: filed.id }, 'demo-member'))
    expect(after.description).toContain('建筑垃圾')
    expect((await queue()).map((i) => i.id)).not.toContain(item.id)
  })

  it('a refused progress note shows as 内容未通过审核 to the public, in full to the reporter', async () => {
    const id = await requestIn(stack, 'inProgress')
    await clearAllowances(stack)
    const note = `已联系物业更换配件，${HELD}`
    dataOf(await stack.call('requests', 'progress', { id, note }, 'demo-member'))
    const item = await heldFor('已联系物业更换配件')
    expect(item).toMatchObject({ kind: 'requestText', label: '诉求进展说明' })
    expect(dataOf(await review(item.id, 'reject')).status).toBe('rejected')
    const notes = async (who: string) =>
      (
        dataOf(await stack.call('requests', 'get', { id }, who)).timeline as {
          type: string
          note?: string
        }[]
      ).find((e) => e.type === 'progress')?.note
    expect(await notes('demo-resident')).toBe(note)
    // demo-member-2 is posted in the grid too: a masked viewer
    expect(await notes('demo-member-2')).toBe('内容未通过审核')
    // AND deciding again the other way is refused
    expect(await review(item.id, 'approve')).toMatchObject({
      ok: false,
      error: { code: 'MODERATION.ALREADY_DECIDED' },
    })
  })

  it('a risky description writes nothing: no request, no queue item', async () => {
    const [requests, held] = [await count('requests'), await count('moderation')]
    await clearReportAllowances(stack)
    const res = await stack.call(
      'requests',
      'report',
      aReport({ description: `有人聚众赌博，${HELD}` }),
      'demo-resident',
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    expect([await count('requests'), await count('moderation')]).toEqual([requests, held])
  })
})

describe('a pledge in review', () => {
  it('is stored as 内容审核中 until staff approve, then shows the text', async () => {
    await clearAllowances(stack)
    const text = `每周六上午为楼里老人代购生活用品，${HELD}`
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const pledge = dataOf(
      await stack.call(
        'members',
        'pledge',
        { text, dueDate, clientRequestId: randomUUID() },
        'demo-member',
      ),
    )
    expect(pledge.text).toBe('内容审核中')
    const item = await heldFor('为楼里老人')
    expect(item).toMatchObject({ kind: 'pledge', label: '党员承诺', text })
    await review(item.id, 'approve')
    const stored = await stack.db.collection('pledges').doc(pledge.id).get()
    expect((stored.data as { text: string }[])[0]?.text).toBe(text)
  })
})

describe('member texts in review', () => {
  it('a progress note and a service note wait as 内容审核中; refused and approved they change once', async () => {
    // GIVEN an open pledge of the member
    await clearAllowances(stack)
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const pledge = dataOf(
      await stack.call(
        'members',
        'pledge',
        { text: '每月为独居老人理发一次', dueDate, clientRequestId: randomUUID() },
        'demo-member',
      ),
    )
    // WHEN two progress notes are added, the second held, and then staff refuse it
    for (const text of ['本月已为三位老人理发', `本月理发完成，${HELD}`]) {
      await clearAllowances(stack)
      dataOf(
        await stack.call(
          'members',
          'updatePledge',
          { id: pledge.id, clientRequestId: randomUUID(), change: { kind: 'progress', text } },
          'demo-member',
        ),
      )
    }
    const held = await heldFor('本月理发完成')
    expect(held).toMatchObject({ kind: 'pledgeProgress', label: '承诺进展' })
    await review(held.id, 'reject')
    // THEN only that note reads 内容未通过审核; the first is untouched
    const stored = (await stack.db.collection('pledges').doc(pledge.id).get()).data as {
      progress: { note: string }[]
    }[]
    expect(stored[0]?.progress.map((p) => p.note)).toEqual([
      '本月已为三位老人理发',
      '内容未通过审核',
    ])
    // AND a held service note is stored as 内容审核中 until approved
    await clearAllowances(stack)
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const record = dataOf(
      await stack.call(
        'members',
        'logService',
        {
          kind: 'patrol',
          note: `夜间巡逻两小时，${HELD}`,
          hours: 2,
          date: today,
          clientRequestId: randomUUID(),
        },
        'demo-member',
      ),
    )
    const recordNote = async () =>
      (
        (await stack.db.collection('serviceRecords').doc(record.id).get()).data as {
          note: string
        }[]
      )[0]?.note
    expect(await recordNote()).toBe('内容审核中')
    await review((await heldFor('夜间巡逻两小时')).id, 'approve')
    expect(await recordNote()).toBe(`夜间巡逻两小时，${HELD}`)
  })
})

describe('a notice in review', () => {
  it('waits in the same queue; approving publishes it, of two staff deciding at once one wins', async () => {
    const held = await sendNotice(stack, 'demo-grid-leader', { body: `团购大米，${HELD}` })
    expect(held.status).toBe('held')
    const item = await heldFor('团购大米')
    expect(item).toMatchObject({ kind: 'notice', label: '通知：本周六停水通知' })
    await clearAllowances(stack)
    const both = await Promise.all([
      stack.call('notices', 'review', { id: item.id, decision: 'approve' }, STAFF),
      stack.call('notices', 'review', { id: item.id, decision: 'reject' }, STAFF),
    ])
    const won = both.filter((r) => r.ok)
    expect(won).toHaveLength(1)
    const notice = (await stack.db.collection('notices').doc(held.id).get()).data as {
      status: string
    }[]
    expect(notice[0]?.status).toBe(won[0]?.data.status === 'approved' ? 'published' : 'rejected')
  })
})

/** Uploads a small PNG as `openid` (the storage route checks the bytes); answers its file id. */
const upload = async (name: string, openid: string): Promise<string> => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )
  const res = await fetch(`${stack.url}/storage/upload?path=notices/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', 'x-wx-openid': openid },
    body: png,
  })
  const body = (await res.json()) as { fileID?: string }
  if (!body.fileID) throw new Error(`upload failed: ${JSON.stringify(body)}`)
  return body.fileID
}

describe('the asynchronous image check', () => {
  it('takes a risky image out of the notice when WeChat pushes its verdict', async () => {
    // GIVEN a notice with one image the emulated model finds risky and one it passes
    const risky = await upload(`risky-${randomUUID()}.png`, 'demo-grid-leader')
    const fine = await upload(`street-${randomUUID()}.png`, 'demo-grid-leader')
    const sent = await sendNotice(stack, 'demo-grid-leader', { images: [risky, fine] })
    expect(sent.status).toBe('published')
    // WHEN WeChat's verdicts arrive (a wxa_media_check push to the notices function)
    await stack.wechat.settlePushes()
    // THEN the risky image is gone from what readers get; the other stays
    const detail = dataOf(await stack.call('notices', 'read', { id: sent.id }, 'demo-resident'))
    expect(detail.images).toHaveLength(1)
    const stored = (await stack.db.collection('notices').doc(sent.id).get()).data as {
      images: string[]
    }[]
    expect(stored[0]?.images).toEqual([fine])
    // AND each check was recorded with its verdict
    const checks = await stack.db.collection('mediaChecks').where({ ownerId: sent.id }).get()
    const verdicts = (checks.data as { fileId: string; status: string }[])
      .map((c) => `${c.fileId === risky ? 'risky' : 'fine'}:${c.status}`)
      .sort()
    expect(verdicts).toEqual(['fine:pass', 'risky:risky'])
  })

  it('takes a risky photo out of a request and its timeline', async () => {
    const risky = await upload(`risky-${randomUUID()}.png`, 'demo-member')
    const id = await requestIn(stack, 'inProgress')
    await clearAllowances(stack)
    const note = '已清理一半，明天继续'
    dataOf(await stack.call('requests', 'progress', { id, note, photos: [risky] }, 'demo-member'))
    await stack.wechat.settlePushes()
    const doc = (await stack.db.collection('requests').doc(id).get()).data as {
      timeline: { type: string; photos?: string[] }[]
    }[]
    expect(doc[0]?.timeline.find((e) => e.type === 'progress')?.photos).toEqual([])
  })

  it('ignores a push that comes through the app, whoever sends it', async () => {
    const fine = await upload(`door-${randomUUID()}.png`, 'demo-grid-leader')
    const sent = await sendNotice(stack, 'demo-grid-leader', { images: [fine] })
    const checks = await stack.db.collection('mediaChecks').where({ ownerId: sent.id }).get()
    const traceId = (checks.data as { _id: string }[])[0]?._id ?? ''
    expect(traceId).not.toBe('')
    // WHEN a user forges the verdict packet for that trace id through the gateway
    const forged = {
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: traceId,
      result: { suggest: 'risky' },
    }
    const res = await stack.call('notices', forged as never, {}, 'demo-resident')
    // THEN it is a user's call with no action: refused, and the image stays
    expect(res).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    const stored = (await stack.db.collection('notices').doc(sent.id).get()).data as {
      images: string[]
    }[]
    expect(stored[0]?.images).toEqual([fine])
    await stack.wechat.settlePushes()
  })
})

describe('request messages for unit handlers', () => {
  it('a transfer to a 驻区单位 tells its liaison (new task)', async () => {
    // GIVEN the liaison of unit-1 subscribed to new tasks
    await clearAllowances(stack)
    dataOf(await stack.call('notices', 'subscribe', { accepted: ['newTask'] }, 'demo-unit-liaison'))
    const before = stack.wechat.outbox().filter((m) => m.touser === 'demo-unit-liaison').length
    // WHEN the grid leader transfers a request to unit-1 and the timer runs
    const id = await requestIn(stack, 'open')
    await clearAllowances(stack)
    dataOf(
      await stack.call(
        'requests',
        'transfer',
        { id, to: { kind: 'unit', id: 'unit-1' }, reason: '属住建局职责，转办处理' },
        'demo-grid-leader',
      ),
    )
    await deliverAt(stack, new Date(Date.now() + 60_000))
    // THEN the liaison got one message opening the request
    const mine = stack.wechat.outbox().filter((m) => m.touser === 'demo-unit-liaison')
    expect(mine).toHaveLength(before + 1)
    expect(mine[0]).toMatchObject({
      templateId: 'local-template-new-task',
      page: `packages/requests/detail/index?id=${id}`,
    })
  })

  it('a request transferred to a department: its grid leader hears for it', async () => {
    const id = await requestIn(stack, 'open')
    await clearAllowances(stack)
    dataOf(
      await stack.call(
        'requests',
        'transfer',
        { id, to: { kind: 'department', name: '区城管局' }, reason: '占道经营，转城管处理' },
        'demo-staff',
      ),
    )
    await deliverAt(stack, new Date(Date.now() + 120_000))
    const entries = await stack.db
      .collection('deliveries')
      .where({ openid: 'demo-grid-leader' })
      .limit(1000)
      .get()
    const people = (entries.data as { _id: string; openid: string; template: string }[])
      .filter((e) => e._id.startsWith(`request:${id}:`))
      .map((e) => `${e.openid}:${e.template}`)
    expect(people).toContain('demo-grid-leader:newTask')
  })
})

describe('notices sent in review through the gateway', () => {
  it('a notice with a risky word in its title writes nothing anywhere', async () => {
    const [notices, held] = [await count('notices'), await count('moderation')]
    await clearAllowances(stack)
    const res = await stack.call(
      'notices',
      'send',
      aNotice({ title: '禁止赌博', body: HELD }),
      'demo-grid-leader',
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    expect([await count('notices'), await count('moderation')]).toEqual([notices, held])
  })
})
