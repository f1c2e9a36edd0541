// The request lifecycle's closed lists (DESIGN §3): the actions people take and the timeline events.
import { z } from 'zod'
import { idSchema } from './vocabulary'

/** Actions a person takes on one request; each is a row of the lifecycle table. */
export const REQUEST_ACTIONS = [
  'accept',
  'claim',
  'assign',
  'transfer',
  'reject',
  'start',
  'progress',
  'resolve',
  'confirm',
  'reopen',
  'cancel',
  'follow',
  'recordFollowUp',
  'reportBack',
] as const
export const requestActionSchema = z.enum(REQUEST_ACTIONS)
export type RequestAction = z.infer<typeof requestActionSchema>

/** Actions only the system takes (the timer trigger): never offered to a person. */
export const SYSTEM_REQUEST_ACTIONS = ['escalate', 'autoClose'] as const
export type SystemRequestAction = (typeof SYSTEM_REQUEST_ACTIONS)[number]
export type LifecycleAction = RequestAction | SystemRequestAction

export const TIMELINE_EVENT_TYPES = [
  'reported',
  'recordedOnBehalf',
  'routed',
  'accepted',
  'claimed',
  'assigned',
  'transferred',
  'rejected',
  'started',
  'progress',
  'resolved',
  'confirmed',
  'reopened',
  'cancelled',
  'followed',
  'followUpOpened',
  'followUpRecorded',
  'reportedBack',
  'escalated',
  'autoClosed',
] as const
export const timelineEventTypeSchema = z.enum(TIMELINE_EVENT_TYPES)
export type TimelineEventType = z.infer<typeof timelineEventTypeSchema>

/** Who handles a request: a member, a volunteer team, a 驻区单位, or an outside department. */
export const HANDLER_KINDS = ['member', 'team', 'unit', 'department'] as const
export const handlerKindSchema = z.enum(HANDLER_KINDS)
export type HandlerKind = z.infer<typeof handlerKindSchema>

export const handlerSchema = z.object({
  kind: handlerKindSchema,
  /** Person, team or unit id; for a department, its name (departments are not in the roster). */
  id: z.string().min(1).max(64),
  /** Shown on the request (a member's name is public: 亮身份). */
  name: z.string(),
})
export type Handler = z.infer<typeof handlerSchema>

/** 回访: a follow-up visit by the grid leader after a rating of 1 or 2. */
export const followUpSchema = z.object({
  status: z.enum(['pending', 'done']),
  openedAt: z.date(),
  doneAt: z.date().nullable().default(null),
  note: z.string().nullable().default(null),
})
export type FollowUp = z.infer<typeof followUpSchema>

/** A 12345 work order: the hotline's number and due time, and what staff report back. */
export const hotlineOrderSchema = z.object({
  orderNo: z.string().min(1).max(40),
  dueAt: z.date(),
  outcome: z.string().nullable().default(null),
  reportedBackAt: z.date().nullable().default(null),
})
export type HotlineOrder = z.infer<typeof hotlineOrderSchema>

export const ratingSchema = z.object({
  stars: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  at: z.date(),
})
export type Rating = z.infer<typeof ratingSchema>

/** Escalation of an overdue request: first the grid leader, then staff. */
export const escalationLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2)])
export type EscalationLevel = z.infer<typeof escalationLevelSchema>

export const duplicateOfSchema = idSchema.nullable()
