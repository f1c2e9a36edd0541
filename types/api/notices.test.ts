import type { z } from 'zod'
import {
  buildingReadsSchema,
  doorKnockEntrySchema,
  doorKnockListInputSchema,
  doorKnockListOutputSchema,
  heldItemSchema,
  inboxInputSchema,
  inboxOutputSchema,
  listHeldInputSchema,
  listHeldOutputSchema,
  listSentInputSchema,
  listSentOutputSchema,
  markVisitedInputSchema,
  markVisitedOutputSchema,
  noticeDetailSchema,
  noticeDraftSchema,
  noticeStatsSchema,
  noticeSummarySchema,
  readNoticeInputSchema,
  reviewInputSchema,
  reviewOutputSchema,
  sendNoticeInputSchema,
  sendNoticeOutputSchema,
  sentNoticeSchema,
  statsInputSchema,
  subscribeInputSchema,
  subscribeOutputSchema,
  targetsInputSchema,
  targetsOutputSchema,
  templatesInputSchema,
  templatesOutputSchema,
} from './notices'
import { keeps } from '../testing/schema-checks'

const fails = (schema: z.ZodTypeAny, value: unknown) => {
  expect(schema.safeParse(value).success).toBe(false)
}
const issues = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }))
}
const iso = '2026-11-26T02:00:00.000Z'
const x = (n: number) => 'x'.repeat(n)

const draft = {
  title: '停水通知',
  body: '明天停水',
  images: ['cloud://a'],
  urgency: 'urgent',
  target: { kind: 'grid', gridId: 'g1' },
}
const send = { ...draft, mode: 'now', draftId: 'n1', clientRequestId: 'abcdefgh' }

describe('notice draft', () => {
  it('keeps a complete draft and fills the defaults', () => {
    keeps(noticeDraftSchema, draft)
    expect(
      noticeDraftSchema.parse({ title: '标题', body: '正文', target: { kind: 'community' } }),
    ).toStrictEqual({
      title: '标题',
      body: '正文',
      images: [],
      urgency: 'normal',
      target: { kind: 'community' },
    })
    fails(noticeDraftSchema, { ...draft, extra: 1 })
  })

  it('asks for a title and a body', () => {
    expect(issues(noticeDraftSchema, { ...draft, title: undefined })).toEqual([
      { path: ['title'], message: '请填写标题' },
    ])
    expect(issues(noticeDraftSchema, { ...draft, body: undefined })).toEqual([
      { path: ['body'], message: '请填写正文' },
    ])
    expect(issues(noticeDraftSchema, { ...draft, title: ' a ' })).toEqual([
      { path: ['title'], message: '请填写标题' },
    ])
    expect(issues(noticeDraftSchema, { ...draft, body: ' a ' })).toEqual([
      { path: ['body'], message: '请填写正文' },
    ])
    expect(noticeDraftSchema.parse({ ...draft, title: '  ab  ', body: '  cd  ' })).toStrictEqual({
      ...draft,
      title: 'ab',
      body: 'cd',
    })
  })

  it('bounds the title and the body', () => {
    keeps(noticeDraftSchema, { ...draft, title: x(40), body: x(2000) })
    expect(issues(noticeDraftSchema, { ...draft, title: x(41) })).toEqual([
      { path: ['title'], message: '标题最多 40 个字' },
    ])
    expect(issues(noticeDraftSchema, { ...draft, body: x(2001) })).toEqual([
      { path: ['body'], message: '正文最多 2000 个字' },
    ])
  })

  it('takes only cloud file ids, at most 9', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `cloud://f${i}`)
    keeps(noticeDraftSchema, { ...draft, images: ids(9) })
    expect(issues(noticeDraftSchema, { ...draft, images: ids(10) })).toEqual([
      { path: ['images'], message: '最多 9 张图片' },
    ])
    for (const bad of ['http://a', 'cloud://', 'xcloud://a', 'cloud://a b', 'cloud:/a']) {
      expect(issues(noticeDraftSchema, { ...draft, images: [bad] })).toEqual([
        { path: ['images', 0], message: '图片上传不完整，请重新选择' },
      ])
    }
    const long = `cloud://${x(292)}`
    keeps(noticeDraftSchema, { ...draft, images: [long] })
    fails(noticeDraftSchema, { ...draft, images: [`${long}x`] })
  })
})

describe('send input', () => {
  it('keeps a complete send and fills the defaults', () => {
    keeps(sendNoticeInputSchema, send)
    expect(
      sendNoticeInputSchema.parse({
        title: '标题',
        body: '正文',
        target: { kind: 'community' },
        clientRequestId: 'abcdefgh',
      }),
    ).toStrictEqual({
      title: '标题',
      body: '正文',
      images: [],
      urgency: 'normal',
      target: { kind: 'community' },
      mode: 'now',
      clientRequestId: 'abcdefgh',
    })
    fails(sendNoticeInputSchema, { ...send, extra: 1 })
  })

  it('knows the modes', () => {
    keeps(sendNoticeInputSchema, { ...send, mode: 'draft' })
    fails(sendNoticeInputSchema, { ...send, mode: 'later' })
    expect(sendNoticeInputSchema.safeParse({ ...send, mode: '' }).success).toBe(false)
  })

  it('needs a send time to schedule, with an offset', () => {
    expect(issues(sendNoticeInputSchema, { ...send, mode: 'schedule' })).toEqual([
      { path: ['scheduledAt'], message: '请选择发送时间' },
    ])
    expect(
      sendNoticeInputSchema.parse({
        ...send,
        mode: 'schedule',
        scheduledAt: '2026-11-26T10:00:00+08:00',
      }),
    ).toStrictEqual({ ...send, mode: 'schedule', scheduledAt: new Date(iso) })
    expect(sendNoticeInputSchema.parse({ ...send, scheduledAt: iso })).toStrictEqual({
      ...send,
      scheduledAt: new Date(iso),
    })
    expect(issues(sendNoticeInputSchema, { ...send, scheduledAt: '明天' })).toEqual([
      { path: ['scheduledAt'], message: '请选择发送时间' },
    ])
    keeps(sendNoticeInputSchema, { ...send, mode: 'draft' })
  })

  it('bounds the client request id between 8 and 64', () => {
    keeps(sendNoticeInputSchema, { ...send, clientRequestId: x(8) })
    keeps(sendNoticeInputSchema, { ...send, clientRequestId: x(64) })
    fails(sendNoticeInputSchema, { ...send, clientRequestId: x(7) })
    fails(sendNoticeInputSchema, { ...send, clientRequestId: x(65) })
    fails(sendNoticeInputSchema, { ...send, draftId: '' })
  })
})

const summary = {
  id: 'n1',
  title: '停水通知',
  excerpt: '明天停水',
  urgency: 'urgent',
  authorName: '王网格',
  targetLabel: '城西一网格 全体居民',
  publishedAt: iso,
  read: false,
}

describe('notice views', () => {
  it('keep every field', () => {
    keeps(sendNoticeOutputSchema, {
      id: 'n1',
      status: 'held',
      verdict: 'review',
      recipientCount: 3,
    })
    keeps(noticeSummarySchema, summary)
    keeps(noticeSummarySchema, { ...summary, publishedAt: null })
    keeps(inboxOutputSchema, { items: [summary], nextCursor: null, unread: 2 })
    keeps(noticeDetailSchema, {
      id: 'n1',
      title: '停水通知',
      body: '明天停水',
      images: ['cloud://a'],
      urgency: 'normal',
      authorName: '王网格',
      targetLabel: '城西一网格',
      status: 'published',
      publishedAt: null,
      canSeeStats: true,
    })
    const building = { buildingId: 'b1', name: '3号楼', households: 10, read: 4 }
    keeps(buildingReadsSchema, building)
    keeps(noticeStatsSchema, {
      id: 'n1',
      title: '停水通知',
      urgency: 'urgent',
      recipients: 20,
      readers: 8,
      households: 10,
      householdsRead: 4,
      byBuilding: [building],
    })
    const entry = {
      householdId: 'h1',
      buildingId: 'b1',
      buildingName: '3号楼',
      room: '301',
      visited: false,
      note: null,
    }
    keeps(doorKnockEntrySchema, entry)
    keeps(doorKnockListOutputSchema, { id: 'n1', due: true, dueAt: iso, items: [entry] })
    keeps(markVisitedOutputSchema, { householdId: 'h1', visited: true })
    fails(markVisitedOutputSchema, { householdId: 'h1', visited: false })
    const sent = { ...summary, status: 'scheduled', recipientCount: 5, scheduledAt: iso }
    keeps(sentNoticeSchema, sent)
    keeps(listSentOutputSchema, { items: [sent], nextCursor: 'c' })
    keeps(subscribeOutputSchema, { quota: { notice: 1, requestStatus: 2, newTask: 3 } })
    keeps(templatesOutputSchema, { templates: { notice: 'a', requestStatus: 'b', newTask: 'c' } })
    const held = {
      id: 'n1',
      kind: 'requestText',
      label: '诉求描述',
      text: '楼下代购请加微信',
      authorName: '王网格',
      createdAt: iso,
    }
    keeps(heldItemSchema, held)
    expect(heldItemSchema.safeParse({ ...held, kind: 'photo' }).success).toBe(false)
    keeps(listHeldOutputSchema, { items: [held], nextCursor: null })
    keeps(reviewOutputSchema, { id: 'n1', status: 'rejected' })
    keeps(targetsOutputSchema, {
      options: [{ target: { kind: 'team', teamId: 't1' }, label: '一队' }],
      buildings: [{ id: 'b1', gridId: 'g1', name: '3号楼' }],
    })
  })
})

describe('notice inputs', () => {
  it('pages are strict', () => {
    for (const schema of [inboxInputSchema, listSentInputSchema, listHeldInputSchema]) {
      keeps(schema, { limit: 10, cursor: 'c' })
      fails(schema, { limit: 10, x: 1 })
    }
  })

  it('reading defaults to the inbox', () => {
    expect(readNoticeInputSchema.parse({ id: 'n1' })).toStrictEqual({ id: 'n1', via: 'inbox' })
    keeps(readNoticeInputSchema, { id: 'n1', via: 'share' })
    keeps(readNoticeInputSchema, { id: 'n1', via: 'subscribe' })
    fails(readNoticeInputSchema, { id: 'n1', via: 'other' })
    fails(readNoticeInputSchema, { id: 'n1', x: 1 })
  })

  it('stats, templates and targets are strict', () => {
    keeps(statsInputSchema, { id: 'n1' })
    fails(statsInputSchema, { id: 'n1', x: 1 })
    keeps(templatesInputSchema, {})
    fails(templatesInputSchema, { x: 1 })
    keeps(targetsInputSchema, {})
    fails(targetsInputSchema, { x: 1 })
  })

  it('door-knocks default to 24 hours, within 0 to 336', () => {
    expect(doorKnockListInputSchema.parse({ id: 'n1' })).toStrictEqual({
      id: 'n1',
      afterHours: 24,
    })
    keeps(doorKnockListInputSchema, { id: 'n1', afterHours: 0 })
    keeps(doorKnockListInputSchema, { id: 'n1', afterHours: 336 })
    fails(doorKnockListInputSchema, { id: 'n1', afterHours: -1 })
    fails(doorKnockListInputSchema, { id: 'n1', afterHours: 337 })
    fails(doorKnockListInputSchema, { id: 'n1', afterHours: 1.5 })
    fails(doorKnockListInputSchema, { id: 'n1', x: 1 })
  })

  it('a visit note is trimmed, at most 200 characters', () => {
    keeps(markVisitedInputSchema, { id: 'n1', householdId: 'h1' })
    expect(
      markVisitedInputSchema.parse({ id: 'n1', householdId: 'h1', note: '  没人  ' }),
    ).toStrictEqual({ id: 'n1', householdId: 'h1', note: '没人' })
    keeps(markVisitedInputSchema, { id: 'n1', householdId: 'h1', note: x(200) })
    expect(
      markVisitedInputSchema.parse({ id: 'n1', householdId: 'h1', note: ` ${x(200)} ` }),
    ).toStrictEqual({ id: 'n1', householdId: 'h1', note: x(200) })
    expect(issues(markVisitedInputSchema, { id: 'n1', householdId: 'h1', note: x(201) })).toEqual([
      { path: ['note'], message: '最多 200 个字' },
    ])
    fails(markVisitedInputSchema, { id: 'n1', householdId: 'h1', x: 1 })
  })

  it('subscribing takes at most 3 templates', () => {
    keeps(subscribeInputSchema, { accepted: ['notice', 'requestStatus', 'newTask'] })
    fails(subscribeInputSchema, { accepted: ['notice', 'notice', 'notice', 'notice'] })
    fails(subscribeInputSchema, { accepted: [], x: 1 })
  })

  it('review decides approve or reject', () => {
    keeps(reviewInputSchema, { id: 'n1', decision: 'approve' })
    keeps(reviewInputSchema, { id: 'n1', decision: 'reject' })
    fails(reviewInputSchema, { id: 'n1', decision: 'maybe' })
    fails(reviewInputSchema, { id: 'n1', decision: 'approve', x: 1 })
  })
})
