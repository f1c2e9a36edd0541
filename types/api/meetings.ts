// The `meetings` function's actions (议事会, issue 11 §3): record a meeting with its decisions, list
// and read them (residents of the affected grids, the linked requests' reporters), update a
// decision's progress, and the hot spots that lead to a meeting.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import { decisionStatusSchema, partyKindSchema } from '../entities/meeting'
import { pageInputSchema } from '../pagination'
import { idSchema } from '../vocabulary'

const iso = z.string().datetime()
const clientRequestId = z.string().min(8).max(64)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const text = (min: number, max: number, required: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, `最多 ${max} 个字`)

export const MEETING_REQUESTS_MAX = 50
export const MEETING_DECISIONS_MAX = 20

export const participantInputSchema = z
  .object({
    kind: z.enum(['unit', 'team', 'resident', 'staff']),
    id: idSchema.nullable().default(null),
    name: text(1, 30, '请填写参会方名称'),
  })
  .strict()

export const decisionInputSchema = z
  .object({
    text: text(2, 200, '请填写决议内容'),
    owner: z
      .object({ kind: partyKindSchema, id: idSchema, name: text(1, 30, '请填写责任方') })
      .strict(),
    dueOn: day,
    requestIds: z.array(idSchema).max(MEETING_REQUESTS_MAX).default([]),
  })
  .strict()

export const recordMeetingInputSchema = z
  .object({
    topic: text(2, 60, '请填写议题'),
    heldOn: day,
    participants: z.array(participantInputSchema).max(40, '参会方最多 40 个').default([]),
    /** The requests it discussed (e.g. a hot spot's): their grids and reporters follow it. */
    requestIds: z
      .array(idSchema)
      .max(MEETING_REQUESTS_MAX, `最多关联 ${MEETING_REQUESTS_MAX} 条诉求`)
      .default([]),
    /** Further affected grids, named directly. */
    gridIds: z.array(idSchema).max(20).default([]),
    decisions: z
      .array(decisionInputSchema)
      .min(1, '请至少填写一项决议')
      .max(MEETING_DECISIONS_MAX, `最多 ${MEETING_DECISIONS_MAX} 项决议`),
    clientRequestId,
  })
  .strict()

export const progressViewSchema = z.object({
  status: decisionStatusSchema,
  note: z.string(),
  at: iso,
})

export const decisionViewSchema = z.object({
  id: idSchema,
  text: z.string(),
  owner: z.object({ kind: partyKindSchema, id: idSchema, name: z.string() }),
  dueOn: z.string(),
  requestIds: z.array(idSchema),
  status: decisionStatusSchema,
  progress: z.array(progressViewSchema),
  updatedAt: iso,
  /** The caller may update it (staff, or its owner). */
  canUpdate: z.boolean(),
})
export type DecisionView = z.infer<typeof decisionViewSchema>

/** What a resident sees: no reporter, room or phone; representatives only as 居民代表 (staff see names). */
export const meetingViewSchema = z.object({
  id: idSchema,
  topic: z.string(),
  heldOn: z.string(),
  participants: z.array(z.object({ kind: z.string(), name: z.string() })),
  requestIds: z.array(idSchema),
  gridIds: z.array(idSchema),
  decisions: z.array(decisionViewSchema),
  /** Decisions done of all (not counting dropped ones). */
  done: z.number().int(),
  total: z.number().int(),
  /** The caller reported one of its requests. */
  following: z.boolean(),
  createdAt: iso,
})
export type MeetingView = z.infer<typeof meetingViewSchema>

export const listMeetingsInputSchema = pageInputSchema
  .extend({ mine: z.boolean().default(false) })
  .strict()
export const listMeetingsOutputSchema = z.object({
  items: z.array(meetingViewSchema),
  nextCursor: z.string().nullable(),
})
export type ListMeetingsOutput = z.infer<typeof listMeetingsOutputSchema>

export const getMeetingInputSchema = z.object({ id: idSchema }).strict()

export const updateDecisionInputSchema = z
  .object({
    meetingId: idSchema,
    decisionId: idSchema,
    status: decisionStatusSchema,
    note: text(1, 200, '请填写进展说明'),
  })
  .strict()

export const hotSpotsInputSchema = z.object({}).strict()
export const hotSpotSchema = z.object({
  scope: z.enum(['building', 'grid']),
  id: idSchema,
  category: requestCategoryIdSchema,
  count: z.number().int(),
  /** The requests of the window, newest first: what `record` takes as its requestIds. */
  requestIds: z.array(idSchema),
  latestAt: iso,
})
export type HotSpot = z.infer<typeof hotSpotSchema>
export const hotSpotsOutputSchema = z.object({
  rule: z.object({ count: z.number().int(), days: z.number().int() }),
  since: iso,
  items: z.array(hotSpotSchema),
})
export type HotSpotsOutput = z.infer<typeof hotSpotsOutputSchema>
