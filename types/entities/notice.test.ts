import type { z } from 'zod'
import {
  contentVerdictSchema,
  NOTICE_BODY_MAX,
  NOTICE_IMAGES_MAX,
  NOTICE_TITLE_MAX,
  noticeDocSchema,
  noticeStatusSchema,
  noticeTargetSchema,
  templateKeySchema,
} from './notice'
import { keeps } from '../testing/schema-checks'

const issues = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }))
}
const at = new Date('2026-11-26T02:00:00.000Z')

describe('notice entity', () => {
  it('has literal limits', () => {
    expect(NOTICE_TITLE_MAX).toBe(40)
    expect(NOTICE_BODY_MAX).toBe(2000)
    expect(NOTICE_IMAGES_MAX).toBe(9)
  })

  it('lists exact enum members', () => {
    expect(noticeStatusSchema.options).toEqual([
      'draft',
      'scheduled',
      'held',
      'published',
      'rejected',
    ])
    expect(contentVerdictSchema.options).toEqual(['pass', 'review', 'risky'])
    expect(templateKeySchema.options).toEqual(['notice', 'requestStatus', 'newTask'])
  })

  it('keeps every kind of target', () => {
    keeps(noticeTargetSchema, { kind: 'grid', gridId: 'g1' })
    keeps(noticeTargetSchema, { kind: 'buildings', gridId: 'g1', buildingIds: ['b1'] })
    keeps(noticeTargetSchema, { kind: 'gridMembers', gridId: 'g1' })
    keeps(noticeTargetSchema, { kind: 'team', teamId: 't1' })
    keeps(noticeTargetSchema, { kind: 'allMembers' })
    keeps(noticeTargetSchema, { kind: 'community' })
  })

  it('rejects unknown keys on every kind of target', () => {
    expect(noticeTargetSchema.safeParse({ kind: 'grid', gridId: 'g1', x: 1 }).success).toBe(false)
    expect(
      noticeTargetSchema.safeParse({ kind: 'buildings', gridId: 'g1', buildingIds: ['b1'], x: 1 })
        .success,
    ).toBe(false)
    expect(noticeTargetSchema.safeParse({ kind: 'gridMembers', gridId: 'g1', x: 1 }).success).toBe(
      false,
    )
    expect(noticeTargetSchema.safeParse({ kind: 'team', teamId: 't1', x: 1 }).success).toBe(false)
    expect(noticeTargetSchema.safeParse({ kind: 'allMembers', x: 1 }).success).toBe(false)
    expect(noticeTargetSchema.safeParse({ kind: 'community', x: 1 }).success).toBe(false)
    expect(noticeTargetSchema.safeParse({ kind: 'other' }).success).toBe(false)
  })

  it('bounds the buildings of a target between 1 and 50', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `b${i}`)
    expect(
      issues(noticeTargetSchema, { kind: 'buildings', gridId: 'g1', buildingIds: [] }),
    ).toEqual([{ path: ['buildingIds'], message: '请至少选择一栋楼' }])
    keeps(noticeTargetSchema, { kind: 'buildings', gridId: 'g1', buildingIds: ids(50) })
    expect(
      noticeTargetSchema.safeParse({ kind: 'buildings', gridId: 'g1', buildingIds: ids(51) })
        .success,
    ).toBe(false)
  })

  it('keeps every field of a stored notice, and defaults the recipient count to 0', () => {
    const doc = {
      _id: 'n1',
      communityId: 'c1',
      authorId: 'p1',
      authorName: '王网格',
      title: '停水通知',
      body: '明天停水',
      images: ['cloud://a'],
      urgency: 'urgent',
      target: { kind: 'grid', gridId: 'g1' },
      targetLabel: '城西一网格 全体居民',
      status: 'published',
      scheduledAt: at,
      publishedAt: null,
      recipientCount: 12,
      createdAt: at,
      updatedAt: at,
    }
    keeps(noticeDocSchema, doc)
    const { recipientCount: _omit, ...rest } = doc
    expect(noticeDocSchema.parse(rest)).toStrictEqual({ ...rest, recipientCount: 0 })
    expect(noticeDocSchema.safeParse({ ...doc, recipientCount: 1.5 }).success).toBe(false)
  })
})
