// Notices (DESIGN §5): who a notice is for, its life (draft → published), delivery and moderation.
import { z } from 'zod'
import { idSchema, urgencySchema } from '../vocabulary'

export const NOTICE_TITLE_MAX = 40
export const NOTICE_BODY_MAX = 2000
export const NOTICE_IMAGES_MAX = 9

/**
 * Who receives a notice. A grid leader: their grid, some of its buildings, or the members posted
 * in it; a team captain: their team; staff: any of these, all members, or the whole community.
 */
export const noticeTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grid'), gridId: idSchema }).strict(),
  z
    .object({
      kind: z.literal('buildings'),
      gridId: idSchema,
      buildingIds: z.array(idSchema).min(1, '请至少选择一栋楼').max(50),
    })
    .strict(),
  z.object({ kind: z.literal('gridMembers'), gridId: idSchema }).strict(),
  z.object({ kind: z.literal('team'), teamId: idSchema }).strict(),
  z.object({ kind: z.literal('allMembers') }).strict(),
  z.object({ kind: z.literal('community') }).strict(),
])
export type NoticeTarget = z.infer<typeof noticeTargetSchema>
export type NoticeTargetKind = NoticeTarget['kind']

/**
 * draft: saved, not sent; scheduled: sent by the timer at `scheduledAt`; held: the content check
 * asked for a person's review (staff approve or reject); published: in the inboxes.
 */
export const noticeStatusSchema = z.enum(['draft', 'scheduled', 'held', 'published', 'rejected'])
export type NoticeStatus = z.infer<typeof noticeStatusSchema>

/** WeChat msgSecCheck's verdict, and ours for every text a person publishes. */
export const contentVerdictSchema = z.enum(['pass', 'review', 'risky'])
export type ContentVerdict = z.infer<typeof contentVerdictSchema>

export const noticeDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  authorId: idSchema,
  authorName: z.string(),
  title: z.string(),
  body: z.string(),
  images: z.array(z.string()),
  urgency: urgencySchema,
  target: noticeTargetSchema,
  /** Shown to readers: "城西一网格 全体居民". */
  targetLabel: z.string(),
  status: noticeStatusSchema,
  scheduledAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  recipientCount: z.number().int().default(0),
  createdAt: z.date(),
  updatedAt: z.date(),
})
export type NoticeDoc = z.infer<typeof noticeDocSchema>

/** The templates the app asks people to subscribe to (one-time subscriptions, counted per person). */
export const templateKeySchema = z.enum(['notice', 'requestStatus', 'newTask'])
export type TemplateKey = z.infer<typeof templateKeySchema>
