// A resident's request (居民诉求) as stored: routing results, handler, due time and its timeline.
// Fields added after the walking skeleton carry defaults, so documents written then still load.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import {
  escalationLevelSchema,
  followUpSchema,
  handlerSchema,
  hotlineOrderSchema,
  ratingSchema,
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

export const timelineEventSchema = z.object({
  type: timelineEventTypeSchema,
  at: z.date(),
  /** Person id of whoever caused it, null for the system. */
  by: idSchema.nullable(),
  note: z.string().optional(),
  photos: z.array(z.string()).optional(),
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>

export const requestDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  gridId: idSchema,
  buildingId: idSchema,
  householdId: idSchema.nullable(),
  reporterOpenid: z.string(),
  reporterId: idSchema.nullable(),
  category: requestCategoryIdSchema,
  description: z.string(),
  photos: z.array(z.string()),
  urgency: urgencySchema,
  hideName: z.boolean(),
  channel: channelSchema,
  status: requestStatusSchema,
  handlingMode: handlingModeSchema,
  suggestedTeamKinds: z.array(teamKindSchema),
  sensitive: z.boolean(),
  dueAt: z.date(),
  clientRequestId: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  timeline: z.array(timelineEventSchema),
  // Since the request loop (issue 6):
  /** Bumped by every transition: the condition of each conditional write. */
  version: z.number().int().min(0).default(0),
  handler: handlerSchema.nullable().default(null),
  /** `kind:id` of the handler, indexed so a handler's own list is one query. */
  handlerKey: z.string().nullable().default(null),
  /** Openids of residents who joined (附议); notified with the reporter. */
  followers: z.array(z.string()).default([]),
  rating: ratingSchema.nullable().default(null),
  followUp: followUpSchema.nullable().default(null),
  escalationLevel: escalationLevelSchema.default(0),
  duplicateOf: idSchema.nullable().default(null),
  hotline: hotlineOrderSchema.nullable().default(null),
  /** Person id of the staff member or grid leader who recorded it for the resident (代办). */
  recordedBy: idSchema.nullable().default(null),
  claimedAt: z.date().nullable().default(null),
  resolvedAt: z.date().nullable().default(null),
  closedAt: z.date().nullable().default(null),
  /** clientRequestIds of transitions already applied: a retried call does nothing twice. */
  appliedKeys: z.array(z.string()).default([]),
  // Since moderation (issue 9): hashes of texts (the description, notes) staff are looking at, and
  // of those they refused. The people who act on the request read them; the public does not.
  heldTexts: z.array(z.string()).default([]),
  rejectedTexts: z.array(z.string()).default([]),
})
export type RequestDoc = z.infer<typeof requestDocSchema>
/**
 * What a list reads of each request: the summary it shows, who may see it, the board's order. Lists
 * ask the database for these fields only (no timeline, keys, rating or 回访): smaller answers to
 * decode and parse. A field a list starts to show must be added here.
 */
export const requestListDocSchema = requestDocSchema.pick({
  _id: true,
  communityId: true,
  gridId: true,
  buildingId: true,
  reporterOpenid: true,
  category: true,
  description: true,
  photos: true,
  urgency: true,
  status: true,
  suggestedTeamKinds: true,
  sensitive: true,
  dueAt: true,
  createdAt: true,
  handler: true,
  handlerKey: true,
  followers: true,
  // A held or refused description shows as 内容审核中 / 已屏蔽 in lists too.
  heldTexts: true,
  rejectedTexts: true,
})
export type RequestListDoc = z.infer<typeof requestListDocSchema>
/** What the report use case writes: defaults may be left out. */
export type NewRequestDoc = z.input<typeof requestDocSchema>
