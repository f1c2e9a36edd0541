// A resident's request (居民诉求) as stored: routing results, due time and its timeline.
import { z } from 'zod'
import { requestCategoryIdSchema } from '../categories'
import {
  channelSchema,
  handlingModeSchema,
  idSchema,
  requestStatusSchema,
  teamKindSchema,
  urgencySchema,
} from '../vocabulary'

export const timelineEventSchema = z.object({
  type: z.enum(['reported', 'routed']),
  at: z.date(),
  /** Person id of whoever caused it, null for the system. */
  by: idSchema.nullable(),
  note: z.string().optional(),
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
})
export type RequestDoc = z.infer<typeof requestDocSchema>
