// 议事会 (issue 11 §3): a deliberation meeting, the requests it discussed and its decisions, each
// decision tracked work with an owner, a due date and its progress.
import { z } from 'zod'
import { idSchema } from '../vocabulary'

export const DECISION_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const
export const decisionStatusSchema = z.enum(DECISION_STATUSES)
export type DecisionStatus = z.infer<typeof decisionStatusSchema>

/** Who carries a decision out, or takes part: a person, a 驻区单位 or a volunteer team. */
export const partyKindSchema = z.enum(['person', 'unit', 'team'])
export type PartyKind = z.infer<typeof partyKindSchema>

export const participantSchema = z.object({
  /** `resident` is a residents' representative (居民代表): a name, never a phone or a room. */
  kind: z.enum(['unit', 'team', 'resident', 'staff']),
  id: idSchema.nullable(),
  name: z.string(),
})
export type Participant = z.infer<typeof participantSchema>

export const progressEntrySchema = z.object({
  status: decisionStatusSchema,
  note: z.string(),
  at: z.date(),
  byPersonId: idSchema,
})

export const decisionDocSchema = z.object({
  id: idSchema,
  text: z.string(),
  owner: z.object({ kind: partyKindSchema, id: idSchema, name: z.string() }),
  dueOn: z.string(),
  requestIds: z.array(idSchema),
  status: decisionStatusSchema,
  progress: z.array(progressEntrySchema),
  updatedAt: z.date(),
})
export type DecisionDoc = z.infer<typeof decisionDocSchema>

export const meetingDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  topic: z.string(),
  heldOn: z.string(),
  participants: z.array(participantSchema),
  requestIds: z.array(idSchema),
  /** The affected grids: those of the linked requests and those named; their residents read it. */
  gridIds: z.array(idSchema),
  /** Openids of the linked requests' reporters: they follow the decisions (never shown). */
  followers: z.array(z.string()),
  decisions: z.array(decisionDocSchema),
  recordedBy: idSchema,
  /** Bumped by every decision update: a concurrent update of the same meeting is refused. */
  version: z.number().int(),
  createdAt: z.date(),
})
export type MeetingDoc = z.infer<typeof meetingDocSchema>

/** How many reports of one category from one building or grid make a hot spot, within how many days. */
export const hotSpotRuleSchema = z.object({
  count: z.number().int().min(2).max(100),
  days: z.number().int().min(1).max(365),
})
export type HotSpotRule = z.infer<typeof hotSpotRuleSchema>
