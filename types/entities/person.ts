// A person (one WeChat openid) and the scoped roles they hold (DESIGN §2).
import { z } from 'zod'
import { idSchema, memberKindSchema, teamKindSchema } from '../vocabulary'

export const roleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('resident'), householdId: idSchema }),
  z.object({ role: z.literal('member'), gridId: idSchema.nullable() }),
  z.object({ role: z.literal('teamCaptain'), teamId: idSchema }),
  z.object({ role: z.literal('buildingLeader'), buildingId: idSchema }),
  z.object({ role: z.literal('gridLeader'), gridId: idSchema }),
  z.object({ role: z.literal('unitLiaison'), unitId: idSchema }),
  z.object({
    role: z.literal('staff'),
    /**
     * A street (街道) account: staff of the street office, posted in one community, who see these
     * communities' figures side by side (issue 11 §6). Absent for a community's own staff.
     */
    communityIds: z.array(idSchema).optional(),
  }),
  z.object({ role: z.literal('admin') }),
])
export type Role = z.infer<typeof roleSchema>

/** A Party member's profile (三亮 grows here in later issues). */
export const memberProfileSchema = z.object({
  kind: memberKindSchema,
  partyOrgName: z.string(),
  unitId: idSchema.nullable(),
  teamIds: z.array(idSchema),
  specialties: z.array(teamKindSchema),
  // Since issue 8 (三亮): defaults keep older documents loading.
  /** A file id of the member's photo for their card. */
  photo: z.string().nullable().default(null),
  /** 党员标兵岗 and the like, awarded by staff. */
  badges: z.array(z.enum(['pioneerPost'])).default([]),
})
export type MemberProfile = z.infer<typeof memberProfileSchema>

export const personSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  openid: z.string().min(1),
  name: z.string(),
  phone: z.string().nullable(),
  verified: z.boolean(),
  roles: z.array(roleSchema),
  member: memberProfileSchema.nullable(),
  /** Since issue 11: the year of birth, when known (who counts as elderly for an offering). */
  birthYear: z.number().int().min(1900).max(2100).optional(),
})
export type Person = z.infer<typeof personSchema>
