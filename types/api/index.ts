// The API map: function → action → input schema → output schema → roles allowed.
import type { z } from 'zod'
import type { RoleName } from '../vocabulary'
import {
  listBuildingsInputSchema,
  listBuildingsOutputSchema,
  meInputSchema,
  meOutputSchema,
} from './org'
import {
  getRequestInputSchema,
  listForGridInputSchema,
  listMineInputSchema,
  reportRequestInputSchema,
  reportRequestOutputSchema,
  requestDetailSchema,
  requestPageSchema,
} from './requests'

/** `anyone` admits every caller WeChat identified, verified or not. */
export type Audience = 'anyone' | readonly RoleName[]

export interface ActionSpec<I extends z.ZodTypeAny, O extends z.ZodTypeAny> {
  input: I
  output: O
  roles: Audience
}

const action = <I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
  input: I,
  output: O,
  roles: Audience,
): ActionSpec<I, O> => ({ input, output, roles })

export const API = {
  org: {
    me: action(meInputSchema, meOutputSchema, 'anyone'),
    listBuildings: action(listBuildingsInputSchema, listBuildingsOutputSchema, 'anyone'),
  },
  requests: {
    report: action(reportRequestInputSchema, reportRequestOutputSchema, 'anyone'),
    get: action(getRequestInputSchema, requestDetailSchema, 'anyone'),
    listMine: action(listMineInputSchema, requestPageSchema, 'anyone'),
    listForGrid: action(listForGridInputSchema, requestPageSchema, [
      'gridLeader',
      'member',
      'staff',
      'admin',
    ]),
  },
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
