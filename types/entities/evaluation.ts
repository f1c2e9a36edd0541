// 居民定期评议党员 as stored (DESIGN §4): rounds, one rating per (round, member, rater), appeals.
import { z } from 'zod'
import { idSchema } from '../vocabulary'
import { calendarDateSchema } from './member'

export const verdictSchema = z.enum(['satisfied', 'basicallySatisfied', 'dissatisfied'])
export type Verdict = z.infer<typeof verdictSchema>

export const evaluationRoundDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  name: z.string(),
  /** Open from the start of `startsOn` to the end of `endsOn`, China time, both included. */
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  memberIds: z.array(idSchema),
  createdBy: idSchema.nullable(),
  createdAt: z.date(),
})
export type EvaluationRoundDoc = z.infer<typeof evaluationRoundDocSchema>

/** `_id` is `<roundId>:<memberId>:<raterId>`: the database refuses a second one atomically. */
export const evaluationDocSchema = z.object({
  _id: z.string(),
  communityId: idSchema,
  roundId: idSchema,
  memberId: idSchema,
  /** Known to the system (once per resident), never shown to the member. */
  raterId: idSchema,
  gridId: idSchema,
  verdict: verdictSchema,
  comment: z.string().nullable(),
  clientRequestId: z.string(),
  createdAt: z.date(),
})
export type EvaluationDoc = z.infer<typeof evaluationDocSchema>

export const appealStatusSchema = z.enum(['open', 'answered'])

/** One appeal per member per round (`_id` `<roundId>:<memberId>`). */
export const appealDocSchema = z.object({
  _id: z.string(),
  communityId: idSchema,
  roundId: idSchema,
  memberId: idSchema,
  text: z.string(),
  status: appealStatusSchema,
  answer: z.string().nullable(),
  answeredBy: idSchema.nullable(),
  createdAt: z.date(),
  answeredAt: z.date().nullable(),
})
export type AppealDoc = z.infer<typeof appealDocSchema>
