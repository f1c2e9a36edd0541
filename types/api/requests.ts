// The `requests` function's reads: report, read one, similar ones, and the cursor-paged lists.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import { memberBadgeSchema } from '../entities/member'
import { pageInputSchema, pageSchema } from '../pagination'
import {
  escalationLevelSchema,
  handlerSchema,
  requestActionSchema,
  timelineEventTypeSchema,
} from '../request-lifecycle'
import {
  channelSchema,
  handlingModeSchema,
  idSchema,
  requestStatusSchema,
  teamKindSchema,
  urgencySchema,
} from '../vocabulary'

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500
export const PHOTOS_MAX = 9

/** A cloud storage file ID only: nothing may make a phone load an outside URL. */
export const photoIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/\S+$/, '照片上传不完整，请重新选择')

export const photoIdsSchema = z
  .array(photoIdSchema)
  .max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张照片`)
  .default([])

/** The report form and the `report` action validate with this one schema. */
export const reportRequestInputSchema = z
  .object({
    category: requestCategoryIdSchema,
    description: z
      .string({ required_error: '请描述遇到的问题' })
      .trim()
      .min(DESCRIPTION_MIN, `请至少写 ${DESCRIPTION_MIN} 个字，说清楚问题`)
      .max(DESCRIPTION_MAX, `最多 ${DESCRIPTION_MAX} 个字`),
    photos: photoIdsSchema,
    urgency: urgencySchema.default('normal'),
    hideName: z.boolean().default(false),
    /** Defaults to the caller's household building. */
    buildingId: idSchema.optional(),
    /** Made once per form by the app: a retried submit never files twice. */
    clientRequestId: z.string().min(8).max(64),
  })
  .strict()
export type ReportRequestInput = z.input<typeof reportRequestInputSchema>

export const reportRequestOutputSchema = z.object({
  id: idSchema,
  gridId: idSchema,
  status: requestStatusSchema,
})

export const getRequestInputSchema = z.object({ id: idSchema }).strict()

const iso = z.string().datetime()

/** What any list shows: no name, phone or room; text masked. */
export const requestSummarySchema = z.object({
  id: idSchema,
  gridId: idSchema,
  category: requestCategoryIdSchema,
  status: requestStatusSchema,
  urgency: urgencySchema,
  buildingId: idSchema,
  buildingName: z.string(),
  excerpt: z.string(),
  photoCount: z.number().int(),
  createdAt: iso,
  dueAt: iso,
  overdue: z.boolean(),
})
export type RequestSummary = z.infer<typeof requestSummarySchema>

/** A photo handed to a caller who may see it: its file ID and a short-lived download URL. */
export const photoSchema = z.object({ fileId: z.string(), url: z.string() })
export type Photo = z.infer<typeof photoSchema>

export const reporterSchema = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  room: z.string().nullable(),
})

export const timelineItemSchema = z.object({
  type: timelineEventTypeSchema,
  at: iso,
  note: z.string().optional(),
  photos: z.array(photoSchema).optional(),
})
export type TimelineItem = z.infer<typeof timelineItemSchema>

/**
 * One request in full; `reporter`, the unmasked text, the rating's comment, the 回访 and the 12345
 * order only for those who may see it in full (reporter, handler, grid leader, staff).
 */
export const requestDetailSchema = requestSummarySchema.extend({
  gridName: z.string(),
  description: z.string(),
  photos: z.array(photoSchema),
  handlingMode: handlingModeSchema,
  suggestedTeamKinds: z.array(teamKindSchema),
  hideName: z.boolean(),
  masked: z.boolean(),
  channel: channelSchema,
  reporter: reporterSchema.nullable(),
  /** With the badges staff awarded a member handler (党员标兵岗 shows on the request); others have none. */
  handler: handlerSchema.extend({ badges: z.array(memberBadgeSchema) }).nullable(),
  rating: z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable(),
  followUp: z
    .object({ status: z.enum(['pending', 'done']), note: z.string().nullable() })
    .nullable(),
  hotline: z
    .object({
      orderNo: z.string(),
      dueAt: iso,
      outcome: z.string().nullable(),
      reportedBackAt: iso.nullable(),
    })
    .nullable(),
  duplicateOf: idSchema.nullable(),
  escalationLevel: escalationLevelSchema,
  followerCount: z.number().int(),
  following: z.boolean(),
  /** What this caller may do now: the app shows exactly these buttons. */
  actions: z.array(requestActionSchema),
  timeline: z.array(timelineItemSchema),
})
export type RequestDetail = z.infer<typeof requestDetailSchema>

export const listMineInputSchema = pageInputSchema.strict()
export const listForGridInputSchema = pageInputSchema
  .extend({
    /** One of the caller's grids; without it, every grid the caller leads or serves. */
    gridId: idSchema.optional(),
    status: z.enum(['active', 'all']).default('active'),
  })
  .strict()

/** 任务大厅: a member's or captain's board; `open` = waiting for someone to claim it. */
export const listBoardInputSchema = pageInputSchema
  .extend({
    gridId: idSchema.optional(),
    category: requestCategoryIdSchema.optional(),
    status: z.enum(['open', 'taken', 'active']).default('open'),
  })
  .strict()

/** 我的任务: what the caller handles as a member, a team captain or a unit liaison. */
export const listMyTasksInputSchema = pageInputSchema
  .extend({ status: z.enum(['active', 'done']).default('active') })
  .strict()

/** 同一个问题？: open requests of the last 14 days in one building and category. */
export const similarInputSchema = z
  .object({ category: requestCategoryIdSchema, buildingId: idSchema })
  .strict()
export const similarOutputSchema = z.object({
  items: z.array(requestSummarySchema.extend({ following: z.boolean() })),
})

export const requestPageSchema = pageSchema(requestSummarySchema)
