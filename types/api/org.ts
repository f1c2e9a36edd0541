// The `org` function's actions: who the caller is, and the buildings a report can name.
import { z } from 'zod'
import { roleSchema } from '../entities/person'
import { idSchema, teamKindSchema } from '../vocabulary'

export const placeSchema = z.object({ id: idSchema, name: z.string() })
export type Place = z.infer<typeof placeSchema>

export const meInputSchema = z.object({}).strict()
export const meOutputSchema = z.object({
  personId: idSchema.nullable(),
  name: z.string().nullable(),
  /** False for a new openid the community has not verified into a household yet. */
  verified: z.boolean(),
  communityId: idSchema,
  roles: z.array(roleSchema),
  household: z.object({ id: idSchema, room: z.string() }).nullable(),
  building: placeSchema.nullable(),
  grid: placeSchema.nullable(),
  /** Grids whose board the caller opens as leader or posted member (网格待办 / 任务大厅). */
  boardGrids: z.array(placeSchema),
})
export type Me = z.infer<typeof meOutputSchema>

export const listBuildingsInputSchema = z.object({}).strict()
export const buildingOptionSchema = z.object({ id: idSchema, name: z.string(), gridId: idSchema })
export type BuildingOption = z.infer<typeof buildingOptionSchema>
export const listBuildingsOutputSchema = z.object({ items: z.array(buildingOptionSchema) })

/** 代办's roster: the households of one building (rooms are personal data: leaders and staff only). */
export const listHouseholdsInputSchema = z.object({ buildingId: idSchema }).strict()
export const listHouseholdsOutputSchema = z.object({
  items: z.array(z.object({ id: idSchema, room: z.string(), residentName: z.string().nullable() })),
})

/** Whom a grid leader can assign or transfer to: members posted in the grid, teams, units. */
export const listAssigneesInputSchema = z.object({ gridId: idSchema }).strict()
export const listAssigneesOutputSchema = z.object({
  members: z.array(
    z.object({ id: idSchema, name: z.string(), specialties: z.array(teamKindSchema) }),
  ),
  teams: z.array(z.object({ id: idSchema, name: z.string(), kind: teamKindSchema })),
  units: z.array(z.object({ id: idSchema, name: z.string() })),
})

/** Who ran into a per-person limit lately (staff only): a flood, a stuck phone, or a bot. */
export const listLimitHitsInputSchema = z
  .object({ limit: z.number().int().min(1).max(100).default(50) })
  .strict()
export const limitHitSchema = z.object({
  openid: z.string(),
  name: z.string().nullable(),
  limit: z.enum(['writesPerMinute', 'reportsPerHour']),
  at: z.string().datetime(),
  count: z.number().int(),
})
export type LimitHit = z.infer<typeof limitHitSchema>
export const listLimitHitsOutputSchema = z.object({ items: z.array(limitHitSchema) })
