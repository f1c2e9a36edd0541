// The organisation tree of DESIGN §2: community → unit · grid → building → household.
import { z } from 'zod'
import { idSchema, teamKindSchema } from '../vocabulary'

export const communitySchema = z.object({
  _id: idSchema,
  name: z.string(),
  city: z.string(),
  /** Issue 11 §3: when reports of one category make a hot spot (default 5 in 30 days). */
  hotSpotRule: z.object({ count: z.number().int(), days: z.number().int() }).optional(),
})
export type Community = z.infer<typeof communitySchema>

/** 驻区单位: serves the whole community beside the grid tree; can receive transferred requests. */
export const unitSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  name: z.string(),
  kind: z.enum(['government', 'school', 'hospital', 'enterprise', 'finance', 'other']),
  partyOrgName: z.string(),
})
export type Unit = z.infer<typeof unitSchema>

export const gridSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  name: z.string(),
  /** The person who leads this grid (网格长). */
  leaderId: idSchema.nullable(),
})
export type Grid = z.infer<typeof gridSchema>

export const buildingSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  gridId: idSchema,
  name: z.string(),
  /** Sort key so buildings list in their street order, not by id. */
  order: z.number().int(),
})
export type Building = z.infer<typeof buildingSchema>

export const householdSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  buildingId: idSchema,
  gridId: idSchema,
  /** Unit and room, e.g. "2单元301" — personal data: never on a list. */
  room: z.string(),
  /** Since issue 11 §4: the import that wrote it (absent for households set up otherwise). */
  importId: z.string().optional(),
})
export type Household = z.infer<typeof householdSchema>

/** 志愿服务队 */
export const teamSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  name: z.string(),
  kind: teamKindSchema,
  captainId: idSchema.nullable(),
})
export type Team = z.infer<typeof teamSchema>
