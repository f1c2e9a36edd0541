// Inputs of the lifecycle actions of `requests` (DESIGN §3): each targets one request by `id`.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import { idSchema, onBehalfChannelSchema, urgencySchema } from '../vocabulary'
import { DESCRIPTION_MAX, DESCRIPTION_MIN, photoIdsSchema } from './requests'

export const NOTE_MAX = 500
export const REASON_MIN = 2

/** Sent by the app once per form: a retried call with the same key does nothing twice. */
const clientRequestId = z.string().min(8).max(64).optional()

const note = (required: string) =>
  z
    .string({ required_error: required })
    .trim()
    .min(1, required)
    .max(NOTE_MAX, `最多 ${NOTE_MAX} 个字`)

const reason = (required: string) =>
  z
    .string({ required_error: required })
    .trim()
    .min(REASON_MIN, required)
    .max(NOTE_MAX, `最多 ${NOTE_MAX} 个字`)

const target = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ id: idSchema, clientRequestId, ...shape }).strict()

export const acceptInputSchema = target({})
/** A captain claims for their team with `teamId`; without it a posted member claims for themself. */
export const claimInputSchema = target({ teamId: idSchema.optional() })
export const assignInputSchema = target({
  to: z.object({ kind: z.enum(['member', 'team', 'unit']), id: idSchema }).strict(),
  note: z.string().trim().max(NOTE_MAX, `最多 ${NOTE_MAX} 个字`).optional(),
})
export const transferInputSchema = target({
  to: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('unit'), id: idSchema }).strict(),
    z
      .object({
        kind: z.literal('department'),
        name: z.string().trim().min(2, '请填写部门名称').max(40),
      })
      .strict(),
  ]),
  reason: reason('请写明转办原因'),
})
export const rejectInputSchema = target({
  reason: reason('请写明不予受理的原因'),
  /** The original this one repeats: its reporter becomes a follower of the original. */
  duplicateOf: idSchema.optional(),
})
export const startInputSchema = target({})
export const progressInputSchema = target({
  note: note('请写下进展'),
  photos: photoIdsSchema,
})
export const resolveInputSchema = target({
  note: note('请写下办理结果'),
  photos: photoIdsSchema,
})
export const confirmInputSchema = target({
  rating: z
    .number({ required_error: '请给这次服务打分', invalid_type_error: '请给这次服务打分' })
    .int()
    .min(1, '请给这次服务打分')
    .max(5),
  comment: z.string().trim().max(200, '最多 200 个字').optional(),
})
export const reopenInputSchema = target({ reason: reason('请说明哪里还没解决') })
export const cancelInputSchema = target({
  reason: z.string().trim().max(NOTE_MAX).optional(),
})
export const followInputSchema = target({})
export const recordFollowUpInputSchema = target({ note: note('请记录回访情况') })
export const reportBackInputSchema = target({
  note: z.string().trim().max(NOTE_MAX).optional(),
})

/** 代办: staff or a grid leader records a request for a resident who phoned or came in. */
export const reportOnBehalfInputSchema = z
  .object({
    householdId: idSchema,
    category: requestCategoryIdSchema,
    description: z
      .string({ required_error: '请描述居民反映的问题' })
      .trim()
      .min(DESCRIPTION_MIN, `请至少写 ${DESCRIPTION_MIN} 个字，说清楚问题`)
      .max(DESCRIPTION_MAX, `最多 ${DESCRIPTION_MAX} 个字`),
    photos: photoIdsSchema,
    urgency: urgencySchema.default('normal'),
    hideName: z.boolean().default(false),
    channel: onBehalfChannelSchema,
    /** Only with channel `hotline12345`: the order number and the hotline's own due time. */
    hotline: z
      .object({
        orderNo: z.string().trim().min(1, '请填写工单号').max(40),
        dueAt: z.string().datetime({ offset: true, message: '请填写工单的办结时限' }),
      })
      .strict()
      .optional(),
    clientRequestId: z.string().min(8).max(64),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.channel === 'hotline12345') !== (value.hotline !== undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['hotline'],
        message: '12345 派单须填写工单号和时限，其他来源不填',
      })
    }
  })
export type ReportOnBehalfInput = z.input<typeof reportOnBehalfInputSchema>
