// The `notices` function: compose and send, inbox and read, receipts, door-knocks, subscriptions.
import { z } from 'zod'
import {
  contentVerdictSchema,
  NOTICE_BODY_MAX,
  NOTICE_IMAGES_MAX,
  NOTICE_TITLE_MAX,
  noticeStatusSchema,
  noticeTargetSchema,
  templateKeySchema,
} from '../entities/notice'
import { heldKindSchema, moderationStatusSchema } from '../entities/moderation'
import { pageInputSchema, pageSchema } from '../pagination'
import { idSchema, urgencySchema } from '../vocabulary'

/** Cloud storage file IDs only, as for request photos. */
const imageIdsSchema = z
  .array(
    z
      .string()
      .max(300)
      .regex(/^cloud:\/\/\S+$/, '图片上传不完整，请重新选择'),
  )
  .max(NOTICE_IMAGES_MAX, `最多 ${NOTICE_IMAGES_MAX} 张图片`)
  .default([])

/** The compose form and the `send` action validate with this one schema. */
export const noticeDraftSchema = z
  .object({
    title: z
      .string({ required_error: '请填写标题' })
      .trim()
      .min(2, '请填写标题')
      .max(NOTICE_TITLE_MAX, `标题最多 ${NOTICE_TITLE_MAX} 个字`),
    body: z
      .string({ required_error: '请填写正文' })
      .trim()
      .min(2, '请填写正文')
      .max(NOTICE_BODY_MAX, `正文最多 ${NOTICE_BODY_MAX} 个字`),
    images: imageIdsSchema,
    urgency: urgencySchema.default('normal'),
    target: noticeTargetSchema,
  })
  .strict()

export const sendNoticeInputSchema = noticeDraftSchema
  .extend({
    /** `draft` saves without sending; `schedule` sends at `scheduledAt`; `now` sends now. */
    mode: z.enum(['now', 'draft', 'schedule']).default('now'),
    scheduledAt: z
      .string()
      .datetime({ offset: true, message: '请选择发送时间' })
      .transform((at) => new Date(at))
      .optional(),
    /** Sends (or updates) a saved draft instead of creating a new notice. */
    draftId: idSchema.optional(),
    /** Made once per form by the app: a retried send never creates two notices. */
    clientRequestId: z.string().min(8).max(64),
  })
  .strict()
  .refine((v) => v.mode !== 'schedule' || v.scheduledAt !== undefined, {
    message: '请选择发送时间',
    path: ['scheduledAt'],
  })
export type SendNoticeInput = z.input<typeof sendNoticeInputSchema>

export const sendNoticeOutputSchema = z.object({
  id: idSchema,
  status: noticeStatusSchema,
  /** The content check's verdict: `review` means held for staff. */
  verdict: contentVerdictSchema,
  recipientCount: z.number().int(),
})

export const noticeSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  excerpt: z.string(),
  urgency: urgencySchema,
  authorName: z.string(),
  targetLabel: z.string(),
  publishedAt: z.string().nullable(),
  read: z.boolean(),
})
export type NoticeSummary = z.infer<typeof noticeSummarySchema>

export const inboxInputSchema = pageInputSchema.strict()
export const inboxOutputSchema = pageSchema(noticeSummarySchema).extend({
  unread: z.number().int(),
})

export const readNoticeInputSchema = z
  .object({
    id: idSchema,
    /** `share`: opened from a share card (counts as read like any opening). */
    via: z.enum(['inbox', 'share', 'subscribe']).default('inbox'),
  })
  .strict()

export const noticeDetailSchema = z.object({
  id: idSchema,
  title: z.string(),
  body: z.string(),
  images: z.array(z.string()),
  urgency: urgencySchema,
  authorName: z.string(),
  targetLabel: z.string(),
  status: noticeStatusSchema,
  publishedAt: z.string().nullable(),
  /** The author, staff, and leaders of the target may see receipts and forward it. */
  canSeeStats: z.boolean(),
})
export type NoticeDetail = z.infer<typeof noticeDetailSchema>

export const statsInputSchema = z.object({ id: idSchema }).strict()
export const buildingReadsSchema = z.object({
  buildingId: idSchema,
  name: z.string(),
  households: z.number().int(),
  read: z.number().int(),
})
export const noticeStatsSchema = z.object({
  id: idSchema,
  title: z.string(),
  urgency: urgencySchema,
  recipients: z.number().int(),
  readers: z.number().int(),
  /** Households of the targeted buildings (none for member and team notices). */
  households: z.number().int(),
  householdsRead: z.number().int(),
  byBuilding: z.array(buildingReadsSchema),
})
export type NoticeStats = z.infer<typeof noticeStatsSchema>

export const doorKnockListInputSchema = z
  .object({
    id: idSchema,
    /** Hours after publishing before an unread household needs a visit (default 24). */
    afterHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14)
      .default(24),
  })
  .strict()
export const doorKnockEntrySchema = z.object({
  householdId: idSchema,
  buildingId: idSchema,
  buildingName: z.string(),
  /** The room: the building's leader knocks on this door, so they see it. */
  room: z.string(),
  visited: z.boolean(),
  note: z.string().nullable(),
})
export const doorKnockListOutputSchema = z.object({
  id: idSchema,
  /** False while the set time has not passed yet (the list is then empty). */
  due: z.boolean(),
  dueAt: z.string().nullable(),
  items: z.array(doorKnockEntrySchema),
})
export type DoorKnockList = z.infer<typeof doorKnockListOutputSchema>

export const markVisitedInputSchema = z
  .object({
    id: idSchema,
    householdId: idSchema,
    note: z.string().trim().max(200, '最多 200 个字').optional(),
  })
  .strict()
export const markVisitedOutputSchema = z.object({ householdId: idSchema, visited: z.literal(true) })

export const listSentInputSchema = pageInputSchema.strict()
export const sentNoticeSchema = noticeSummarySchema.extend({
  status: noticeStatusSchema,
  recipientCount: z.number().int(),
  scheduledAt: z.string().nullable(),
})
export const listSentOutputSchema = pageSchema(sentNoticeSchema)

export const subscribeInputSchema = z
  .object({ accepted: z.array(templateKeySchema).max(3) })
  .strict()
const perTemplate = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ notice: value, requestStatus: value, newTask: value })

export const subscribeOutputSchema = z.object({
  quota: perTemplate(z.number().int()),
})

export const templatesInputSchema = z.object({}).strict()
export const templatesOutputSchema = z.object({
  /** Template ids by key, from the function's configuration: the app asks with these. */
  templates: perTemplate(z.string()),
})

export const listHeldInputSchema = pageInputSchema.strict()
/** One queue for staff: held texts of every kind, each with what it belongs to. */
export const heldItemSchema = z.object({
  id: idSchema,
  kind: heldKindSchema,
  /** What it belongs to, for staff: "通知：本周六停水通知", "诉求描述" … */
  label: z.string(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
})
export type HeldItem = z.infer<typeof heldItemSchema>
export const listHeldOutputSchema = pageSchema(heldItemSchema)

export const reviewInputSchema = z
  .object({ id: idSchema, decision: z.enum(['approve', 'reject']) })
  .strict()
export const reviewOutputSchema = z.object({ id: idSchema, status: moderationStatusSchema })

export const targetsInputSchema = z.object({}).strict()
const targetOptionSchema = z.object({
  target: noticeTargetSchema,
  label: z.string(),
})
export const targetsOutputSchema = z.object({
  options: z.array(targetOptionSchema),
  /** Buildings a grid leader may pick from, per grid they lead (and for staff, all). */
  buildings: z.array(z.object({ id: idSchema, gridId: idSchema, name: z.string() })),
})
