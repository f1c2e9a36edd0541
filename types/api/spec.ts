// What an action of the API map is: its schemas, who may call it, whether it writes.
import type { z } from 'zod'
import type { RoleName } from '../vocabulary'

/** `anyone` admits every caller WeChat identified, verified or not. */
export type Audience = 'anyone' | readonly RoleName[]

/** Writes count against a person's per-minute allowance; reads do not. */
export type ActionKind = 'read' | 'write'

export interface ActionSpec<I extends z.ZodTypeAny, O extends z.ZodTypeAny> {
  input: I
  output: O
  roles: Audience
  kind: ActionKind
}

export const action = <I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
  input: I,
  output: O,
  roles: Audience,
  kind: ActionKind = 'read',
): ActionSpec<I, O> => ({ input, output, roles, kind })

export const LEADERS = ['gridLeader', 'staff', 'admin'] as const
export const STAFF = ['staff', 'admin'] as const
/** Whoever may be a request's handler: a member, a team captain, a unit liaison, or a leader. */
export const HANDLERS = [
  'member',
  'teamCaptain',
  'unitLiaison',
  'gridLeader',
  'staff',
  'admin',
] as const
/** Who may write notices: grid leaders, team captains (to their team) and staff. */
export const SENDERS = ['gridLeader', 'teamCaptain', 'staff', 'admin'] as const
/** Who knocks on doors: the building's leader, else the grid leader; staff oversee. */
export const KNOCKERS = ['buildingLeader', 'gridLeader', 'staff', 'admin'] as const
/** Who publishes offerings (供给): a team's captain, a unit's liaison, staff (issue 11). */
export const PROVIDERS = ['teamCaptain', 'unitLiaison', 'staff', 'admin'] as const
/** Who organises activities: staff, or a team's captain. */
export const ORGANISERS = ['teamCaptain', 'staff', 'admin'] as const
/** Who reads the figures: staff for the community (a street account its communities), grid leaders their grid. */
export const FIGURE_READERS = ['gridLeader', 'staff', 'admin'] as const
