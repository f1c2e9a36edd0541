// The `requests` function's actions: report, read one, and the cursor-paged lists.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import { pageInputSchema, pageSchema } from '../pagination'
import {
  handlingModeSchema,
  idSchema,
  requestStatusSchema,
  teamKindSchema,
  urgencySchema,
} from '../vocabulary'

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500
export const PHOTOS_MAX = 9

/** The report form and the `report` action validate with this one schema. */
export const reportRequestInputSchema = z
  .object({
    category: requestCategoryIdSchema,
    description: z
      .string({ required_error: '请描述遇到的问题' })
      .trim()
      .min(DESCRIPTION_MIN, `请至少写 ${DESCRIPTION_MIN} 个字，说清楚问题`)
      .max(DESCRIPTION_MAX, `最多 ${DESCRIPTION_MAX} 个字`),
    /** Cloud storage file IDs only: a request must never make a phone load an outside URL. */
    photos: z
      .array(
        z
          .string()
          .max(300)
          .regex(/^cloud:\/\/\S+$/, '照片上传不完整，请重新选择'),
      )
      .max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张照片`)
      .default([]),
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

export const reporterSchema = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  room: z.string().nullable(),
})

/** One request in full; `reporter` and the unmasked text only for reporter, grid leader and staff. */
export const requestDetailSchema = requestSummarySchema.extend({
  gridId: idSchema,
  gridName: z.string(),
  description: z.string(),
  photos: z.array(z.string()),
  handlingMode: handlingModeSchema,
  suggestedTeamKinds: z.array(teamKindSchema),
  hideName: z.boolean(),
  masked: z.boolean(),
  reporter: reporterSchema.nullable(),
  timeline: z.array(z.object({ type: z.string(), at: iso, note: z.string().optional() })),
})
export type RequestDetail = z.infer<typeof requestDetailSchema>

export const listMineInputSchema = pageInputSchema.strict()
export const listForGridInputSchema = pageInputSchema
  .extend({
    /** Required only for callers who lead or serve in more than one grid. */
    gridId: idSchema.optional(),
    status: z.enum(['active', 'all']).default('active'),
  })
  .strict()

export const requestPageSchema = pageSchema(requestSummarySchema)
