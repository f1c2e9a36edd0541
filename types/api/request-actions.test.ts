import type { z } from 'zod'
import {
  acceptInputSchema,
  assignInputSchema,
  cancelInputSchema,
  claimInputSchema,
  confirmInputSchema,
  NOTE_MAX,
  progressInputSchema,
  REASON_MIN,
  recordFollowUpInputSchema,
  rejectInputSchema,
  reopenInputSchema,
  reportBackInputSchema,
  reportOnBehalfInputSchema,
  resolveInputSchema,
  transferInputSchema,
} from './request-actions'

/** The messages a person sees, by field; {} when the input is accepted. */
const messages = (schema: z.ZodTypeAny, input: unknown) => {
  const result = schema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}
const id = 'r1'

describe('lifecycle action inputs: limits and messages in Chinese', () => {
  it('caps notes at 500 and asks for a reason of at least 2 characters', () => {
    expect(NOTE_MAX).toBe(500)
    expect(REASON_MIN).toBe(2)
  })

  it('targets one request and takes a retry key of 8 to 64 characters', () => {
    expect(acceptInputSchema.parse({ id, clientRequestId: 'k'.repeat(8) })).toStrictEqual({
      id,
      clientRequestId: 'k'.repeat(8),
    })
    expect(acceptInputSchema.safeParse({ id, clientRequestId: 'k'.repeat(7) }).success).toBe(false)
    expect(acceptInputSchema.safeParse({ id, clientRequestId: 'k'.repeat(64) }).success).toBe(true)
    expect(acceptInputSchema.safeParse({ id, clientRequestId: 'k'.repeat(65) }).success).toBe(false)
    expect(acceptInputSchema.safeParse({ id, openid: 'x' }).success).toBe(false)
    expect(claimInputSchema.parse({ id, teamId: 't1' })).toStrictEqual({ id, teamId: 't1' })
  })

  it('assigns to a member, team or unit, with an optional trimmed note', () => {
    for (const kind of ['member', 'team', 'unit']) {
      expect(assignInputSchema.parse({ id, to: { kind, id: 'x' }, note: ' 尽快 ' })).toStrictEqual({
        id,
        to: { kind, id: 'x' },
        note: '尽快',
      })
    }
    expect(assignInputSchema.safeParse({ id, to: { kind: 'department', id: 'x' } }).success).toBe(
      false,
    )
    expect(
      messages(assignInputSchema, { id, to: { kind: 'member', id: 'x' }, note: '长'.repeat(501) }),
    ).toEqual({
      note: '最多 500 个字',
    })
  })

  it('transfers to a unit or a named department, with a reason', () => {
    const unit = { id, to: { kind: 'unit', id: 'u1' }, reason: ' 部门事 ' }
    expect(transferInputSchema.parse(unit)).toStrictEqual({ ...unit, reason: '部门事' })
    const dept = { id, to: { kind: 'department', name: ' 市住建局 ' }, reason: '部门事' }
    expect(transferInputSchema.parse(dept)).toStrictEqual({
      ...dept,
      to: { kind: 'department', name: '市住建局' },
    })
    expect(messages(transferInputSchema, { id, to: { kind: 'department', name: ' 局 ' } })).toEqual(
      {
        'to.name': '请填写部门名称',
        reason: '请写明转办原因',
      },
    )
    expect(
      transferInputSchema.safeParse({ ...dept, to: { kind: 'department', name: '局'.repeat(41) } })
        .success,
    ).toBe(false)
    expect(messages(transferInputSchema, { ...unit, reason: ' 短 ' })).toEqual({
      reason: '请写明转办原因',
    })
    expect(messages(transferInputSchema, { ...unit, reason: '长'.repeat(501) })).toEqual({
      reason: '最多 500 个字',
    })
  })

  it.each([
    ['reject', rejectInputSchema, 'reason', '请写明不予受理的原因'],
    ['reopen', reopenInputSchema, 'reason', '请说明哪里还没解决'],
  ])('%s asks for a reason', (_name, schema, field, message) => {
    expect(messages(schema, { id })).toEqual({ [field]: message })
    expect(messages(schema, { id, [field]: ' 差 ' })).toEqual({ [field]: message })
    expect(messages(schema, { id, [field]: '长'.repeat(501) })).toEqual({
      [field]: '最多 500 个字',
    })
    expect(schema.parse({ id, [field]: ' 重复 ' })).toStrictEqual({ id, [field]: '重复' })
  })

  it.each([
    ['progress', progressInputSchema, '请写下进展'],
    ['resolve', resolveInputSchema, '请写下办理结果'],
    ['recordFollowUp', recordFollowUpInputSchema, '请记录回访情况'],
  ])('%s asks for a note', (_name, schema, message) => {
    expect(messages(schema, { id })).toEqual({ note: message })
    expect(messages(schema, { id, note: '   ' })).toEqual({ note: message })
    expect(messages(schema, { id, note: '长'.repeat(501) })).toEqual({ note: '最多 500 个字' })
    expect(schema.parse({ id, note: ' 好 ' })).toMatchObject({ id, note: '好' })
  })

  it('rates 1 to 5 whole stars, with a comment of at most 200 characters', () => {
    const ask = { rating: '请给这次服务打分' }
    expect(messages(confirmInputSchema, { id })).toEqual(ask)
    expect(messages(confirmInputSchema, { id, rating: '5' })).toEqual(ask)
    expect(messages(confirmInputSchema, { id, rating: 0 })).toEqual(ask)
    expect(confirmInputSchema.safeParse({ id, rating: 6 }).success).toBe(false)
    expect(confirmInputSchema.safeParse({ id, rating: 4.5 }).success).toBe(false)
    expect(messages(confirmInputSchema, { id, rating: 5, comment: '好'.repeat(201) })).toEqual({
      comment: '最多 200 个字',
    })
    expect(confirmInputSchema.parse({ id, rating: 1, comment: ' 差 ' })).toStrictEqual({
      id,
      rating: 1,
      comment: '差',
    })
  })

  it.each([
    ['cancel', cancelInputSchema, 'reason'],
    ['reportBack', reportBackInputSchema, 'note'],
  ])('%s takes an optional trimmed text of at most 500', (_name, schema, field) => {
    expect(schema.parse({ id, [field]: ' 好了 ' })).toStrictEqual({ id, [field]: '好了' })
    expect(schema.safeParse({ id, [field]: '长'.repeat(501) }).success).toBe(false)
    expect(schema.safeParse({ id, [field]: '长'.repeat(500) }).success).toBe(true)
  })
})

describe('reportOnBehalfInputSchema (代办)', () => {
  const valid = {
    householdId: 'h1',
    category: 'repair',
    description: ' 楼道灯坏了 ',
    channel: 'visit',
    clientRequestId: 'abcdefgh-1',
  }

  it('fills defaults and trims the description', () => {
    expect(reportOnBehalfInputSchema.parse(valid)).toStrictEqual({
      ...valid,
      description: '楼道灯坏了',
      photos: [],
      urgency: 'normal',
      hideName: false,
    })
  })

  it('takes a 12345 order with its number and due time, and only then', () => {
    const hotline = { orderNo: ' GD-1 ', dueAt: '2026-11-28T18:00:00+08:00' }
    expect(
      reportOnBehalfInputSchema.parse({ ...valid, channel: 'hotline12345', hotline }),
    ).toMatchObject({ hotline: { orderNo: 'GD-1', dueAt: hotline.dueAt } })
    const both = '12345 派单须填写工单号和时限，其他来源不填'
    expect(messages(reportOnBehalfInputSchema, { ...valid, channel: 'hotline12345' })).toEqual({
      hotline: both,
    })
    expect(messages(reportOnBehalfInputSchema, { ...valid, hotline })).toEqual({ hotline: both })
    expect(
      messages(reportOnBehalfInputSchema, {
        ...valid,
        channel: 'hotline12345',
        hotline: { orderNo: ' ', dueAt: '明天' },
      }),
    ).toEqual({ 'hotline.orderNo': '请填写工单号', 'hotline.dueAt': '请填写工单的办结时限' })
    expect(
      reportOnBehalfInputSchema.safeParse({
        ...valid,
        channel: 'hotline12345',
        hotline: { ...hotline, orderNo: 'G'.repeat(41) },
      }).success,
    ).toBe(false)
  })

  it('explains a missing or short description, and caps it at 500', () => {
    const { description: _, ...without } = valid
    expect(messages(reportOnBehalfInputSchema, without)).toEqual({
      description: '请描述居民反映的问题',
    })
    expect(messages(reportOnBehalfInputSchema, { ...valid, description: ' 灯坏 ' })).toEqual({
      description: '请至少写 5 个字，说清楚问题',
    })
    expect(
      messages(reportOnBehalfInputSchema, { ...valid, description: '长'.repeat(501) }),
    ).toEqual({ description: '最多 500 个字' })
    expect(reportOnBehalfInputSchema.safeParse({ ...valid, channel: 'miniProgram' }).success).toBe(
      false,
    )
    expect(
      reportOnBehalfInputSchema.safeParse({ ...valid, clientRequestId: 'short' }).success,
    ).toBe(false)
  })
})
