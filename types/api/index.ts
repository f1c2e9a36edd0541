// The API map: function → action → input schema → output schema → roles allowed. Each function's
// part is its own module, so a function's bundle builds only its own schemas (types/package.json
// marks these modules free of side effects).
import type { z } from 'zod'
import type { ActionSpec } from './spec'
import { orgApi } from './functions/org'
import { requestsApi } from './functions/requests'
import { noticesApi } from './functions/notices'
import { membersApi } from './functions/members'
import { evaluationsApi } from './functions/evaluations'
import { offeringsApi } from './functions/offerings'
import { activitiesApi } from './functions/activities'
import { figuresApi } from './functions/figures'
import { meetingsApi } from './functions/meetings'

export type { ActionKind, ActionSpec, Audience } from './spec'

export const API = {
  org: orgApi,
  requests: requestsApi,
  notices: noticesApi,
  members: membersApi,
  evaluations: evaluationsApi,
  offerings: offeringsApi,
  activities: activitiesApi,
  figures: figuresApi,
  meetings: meetingsApi,
} as const

export type Api = typeof API
export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type SpecOf<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends ActionSpec<infer I, infer O> ? { input: I; output: O } : never
/** What the app sends (defaults may be omitted). */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<
  SpecOf<F, A>['input']
>
/** What the function has after parsing. */
export type ParsedInput<F extends FunctionName, A extends ActionName<F>> = z.output<
  SpecOf<F, A>['input']
>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<
  SpecOf<F, A>['output']
>

/** The event every function receives: `{ action, data }` (CloudBase examples' convention). */
export interface FunctionEvent {
  action: string
  data?: unknown
}
