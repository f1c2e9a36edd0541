// The `evaluations` function's actions (DESIGN §4): rounds, the resident's ballot, results, appeals.
import { z } from 'zod'
import { calendarDateSchema } from '../entities/member'
import { appealStatusSchema, verdictSchema } from '../entities/evaluation'
import { idSchema } from '../vocabulary'

const iso = z.string().datetime()
const clientRequestId = z.string().min(8).max(64)
const text = (min: number, max: number, required: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, `最多 ${max} 个字`)

/** A member's result is shown only once this many residents rated them (rater anonymity). */
export const RESULT_THRESHOLD = 5

export const roundViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  phase: z.enum(['upcoming', 'open', 'closed']),
  memberCount: z.number().int(),
})
export type RoundView = z.infer<typeof roundViewSchema>

export const openRoundInputSchema = z
  .object({
    name: text(2, 40, '请填写评议名称'),
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema,
    memberIds: z.array(idSchema).min(1, '请选择参加评议的党员').max(500),
    clientRequestId,
  })
  .strict()
  .refine((r) => r.startsOn <= r.endsOn, {
    message: '结束日期不能早于开始日期',
    path: ['endsOn'],
  })

export const roundsInputSchema = z.object({}).strict()
export const roundsOutputSchema = z.object({ items: z.array(roundViewSchema) })

/** The resident's ballot: each open round with the members of their grid in it, one tap each. */
export const ballotInputSchema = z.object({}).strict()
export const ballotOutputSchema = z.object({
  rounds: z.array(
    roundViewSchema.extend({
      members: z.array(
        z.object({
          memberId: idSchema,
          name: z.string(),
          photo: z.string().nullable(),
          /** The caller's own verdict, if they already rated (their own, so no one else's). */
          myVerdict: verdictSchema.nullable(),
        }),
      ),
    }),
  ),
})
export type BallotOutput = z.infer<typeof ballotOutputSchema>

export const rateInputSchema = z
  .object({
    roundId: idSchema,
    memberId: idSchema,
    verdict: verdictSchema,
    comment: z.string().trim().max(200, '最多 200 个字').optional(),
    clientRequestId,
  })
  .strict()
export const rateOutputSchema = z.object({
  roundId: idSchema,
  memberId: idSchema,
  verdict: verdictSchema,
})

export const appealViewSchema = z.object({
  id: z.string(),
  roundId: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  text: z.string(),
  status: appealStatusSchema,
  answer: z.string().nullable(),
  createdAt: iso,
  answeredAt: iso.nullable(),
})
export type AppealView = z.infer<typeof appealViewSchema>

/** One member's result: counts only from 5 ratings on; never who rated. */
export const resultRowSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  ratings: z.number().int(),
  shown: z.boolean(),
  satisfied: z.number().int().nullable(),
  basicallySatisfied: z.number().int().nullable(),
  dissatisfied: z.number().int().nullable(),
  /** (满意 + 基本满意) / all, 0–1; null until shown. */
  satisfactionRate: z.number().min(0).max(1).nullable(),
  appeal: appealViewSchema.nullable(),
})
export type ResultRow = z.infer<typeof resultRowSchema>

export const resultsInputSchema = z
  .object({ roundId: idSchema, format: z.enum(['json', 'csv']).default('json') })
  .strict()
export const resultsOutputSchema = z.object({
  round: roundViewSchema,
  /** A member sees their own row; staff see every member's. */
  rows: z.array(resultRowSchema),
  csv: z.string().nullable(),
})
export type ResultsOutput = z.infer<typeof resultsOutputSchema>

export const appealInputSchema = z
  .object({
    roundId: idSchema,
    text: text(5, 500, '请写明申诉理由（至少 5 个字）'),
    clientRequestId,
  })
  .strict()
export const answerAppealInputSchema = z
  .object({ id: z.string().min(1).max(140), answer: text(2, 500, '请写下答复'), clientRequestId })
  .strict()
