// The `org` function's actions: who the caller is, the buildings a report can name, and the
// community's setup and rules that staff keep.
import { z } from 'zod'
import { pointsRulesSchema } from '../entities/member'
import { unitSchema } from '../entities/org'
import { roleSchema } from '../entities/person'
import { requestCategoryIdSchema } from '../categories'
import { categoryRulesSchema, dueTimeRulesSchema, ruleKindSchema } from '../entities/rules'
import { pageInputSchema, pageSchema } from '../pagination'
import { idSchema, teamKindSchema } from '../vocabulary'

export const placeSchema = z.object({ id: idSchema, name: z.string() })
export type Place = z.infer<typeof placeSchema>

export const meInputSchema = z.object({}).strict()
/** A category a report may name now: the community's name for it, and whether it stays off boards. */
export const reportCategorySchema = z.object({
  id: requestCategoryIdSchema,
  name: z.string(),
  sensitive: z.boolean(),
})
export type ReportCategory = z.infer<typeof reportCategorySchema>
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
  /** The categories the community takes reports of (staff switch them off and rename them). */
  categories: z.array(reportCategorySchema),
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

// Issue 11 §4, 社区设置: staff keep the grids, buildings, units, teams and members' posts.
const clientRequestId = z.string().min(8).max(64)
const orgName = (label: string) =>
  z.string().trim().min(1, `请填写${label}名称`).max(30, `${label}名称最多 30 个字`)

export const setupGridSchema = z.object({
  id: idSchema,
  name: z.string(),
  leaderId: idSchema.nullable(),
  leaderName: z.string().nullable(),
})
export const setupBuildingSchema = z.object({
  id: idSchema,
  name: z.string(),
  gridId: idSchema,
  order: z.number().int(),
})
export const setupUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: unitSchema.shape.kind,
  partyOrgName: z.string(),
})
export const setupTeamSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: teamKindSchema,
  captainId: idSchema.nullable(),
  captainName: z.string().nullable(),
})
/** A Party member and the grid they are posted to (null: not posted yet). */
export const setupPostSchema = z.object({
  personId: idSchema,
  name: z.string(),
  gridId: idSchema.nullable(),
})
export type SetupGrid = z.infer<typeof setupGridSchema>
export type SetupBuilding = z.infer<typeof setupBuildingSchema>
export type SetupUnit = z.infer<typeof setupUnitSchema>
export type SetupTeam = z.infer<typeof setupTeamSchema>
export type SetupPost = z.infer<typeof setupPostSchema>

export const setupInputSchema = z.object({}).strict()
export const setupOutputSchema = z.object({
  grids: z.array(setupGridSchema),
  buildings: z.array(setupBuildingSchema),
  units: z.array(setupUnitSchema),
  teams: z.array(setupTeamSchema),
  posts: z.array(setupPostSchema),
})
export type SetupView = z.infer<typeof setupOutputSchema>

/** Without `id` a new one is created (once per clientRequestId); with it, that one is updated. */
export const saveGridInputSchema = z
  .object({
    id: idSchema.optional(),
    name: orgName('网格'),
    leaderId: idSchema.nullable(),
    clientRequestId,
  })
  .strict()
export const saveBuildingInputSchema = z
  .object({
    id: idSchema.optional(),
    name: orgName('楼栋'),
    gridId: idSchema,
    order: z.number().int().min(0).max(9999),
    clientRequestId,
  })
  .strict()
export const saveUnitInputSchema = z
  .object({
    id: idSchema.optional(),
    name: orgName('单位'),
    kind: unitSchema.shape.kind,
    partyOrgName: z.string().trim().max(40, '党组织名称最多 40 个字'),
    clientRequestId,
  })
  .strict()
export const saveTeamInputSchema = z
  .object({
    id: idSchema.optional(),
    name: orgName('服务队'),
    kind: teamKindSchema,
    captainId: idSchema.nullable(),
    clientRequestId,
  })
  .strict()
/** 党员设岗: posts a member to a grid (null takes them off any grid). */
export const savePostInputSchema = z
  .object({ personId: idSchema, gridId: idSchema.nullable(), clientRequestId })
  .strict()

// Issue 11 §4, 规则: categories, due times and points as versioned data, every change logged.
export const ruleSetViewSchema = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    /** 0 while the community uses the defaults. */
    version: z.number().int().min(0),
    value,
    updatedAt: z.string().datetime().nullable(),
  })
export const rulesInputSchema = z.object({}).strict()
export const rulesOutputSchema = z.object({
  categories: ruleSetViewSchema(categoryRulesSchema),
  dueTimes: ruleSetViewSchema(dueTimeRulesSchema),
  points: ruleSetViewSchema(pointsRulesSchema),
})
export type RulesView = z.infer<typeof rulesOutputSchema>

const edit = { version: z.number().int().min(0), clientRequestId }
/** `version` is the one the editor saw: a change saved since then refuses this one (RULES.STALE). */
export const updateRulesInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('categories'), value: categoryRulesSchema, ...edit }).strict(),
  z.object({ kind: z.literal('dueTimes'), value: dueTimeRulesSchema, ...edit }).strict(),
  z.object({ kind: z.literal('points'), value: pointsRulesSchema, ...edit }).strict(),
])
export type UpdateRulesInput = z.input<typeof updateRulesInputSchema>
export const updateRulesOutputSchema = z.object({
  kind: ruleKindSchema,
  version: z.number().int().min(1),
  updatedAt: z.string().datetime(),
})

export const ruleChangesInputSchema = pageInputSchema.strict()
export const ruleChangeViewSchema = z.object({
  id: z.string(),
  kind: ruleKindSchema,
  version: z.number().int().min(1),
  /** The whole value before and after (the screen shows what differs). */
  before: z.unknown(),
  after: z.unknown(),
  byName: z.string().nullable(),
  at: z.string().datetime(),
})
export type RuleChangeView = z.infer<typeof ruleChangeViewSchema>
export const ruleChangesOutputSchema = pageSchema(ruleChangeViewSchema)
