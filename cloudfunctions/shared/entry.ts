// Builds a function's `main(event, context)`: parse {action, data}, identify, authorise, run, envelope.
import {
  API,
  fail,
  ok,
  type ActionName,
  type ActionOutput,
  type Audience,
  type Envelope,
  type FunctionName,
  type ParsedInput,
  type RoleName,
} from '@linli/types'
import type { ZodTypeAny } from 'zod'
import { resolveCaller, type Caller } from '../use-cases/caller'
import type { Deps } from '../use-cases/deps'
import { AppError } from './app-error'
import { callerOpenid } from './cloudbase'

/** One parsed call, discriminated by action so a `switch` narrows its input. */
export type ActionCall<F extends FunctionName> = {
  [A in ActionName<F>]: { action: A; input: ParsedInput<F, A> }
}[ActionName<F>]

export type Dispatch<F extends FunctionName> = (
  call: ActionCall<F>,
  caller: Caller,
  deps: Deps,
) => Promise<ActionOutput<F, ActionName<F>>>

export const unreachable = (value: never): never => {
  throw new AppError('ACTION.UNKNOWN', `unhandled action ${JSON.stringify(value)}`)
}

interface Spec {
  input: ZodTypeAny
  roles: Audience
}

const admits = (audience: Audience, caller: Caller): boolean =>
  audience === 'anyone' ||
  caller.roles.some((r) => (audience as readonly RoleName[]).includes(r.role))

const specOf = (fn: FunctionName, action: unknown): Spec | null => {
  const actions = API[fn] as Record<string, Spec>
  return typeof action === 'string' && Object.hasOwn(actions, action)
    ? (actions[action] ?? null)
    : null
}

const toEnvelope = (error: unknown): Envelope<never> => {
  if (error instanceof AppError) {
    return fail({
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    })
  }
  // Unexpected: logged for the operator, never returned as if it were a result.
  console.error('[linli] unexpected error', error)
  return fail({ code: 'INTERNAL', message: 'internal error' })
}

export const createMain =
  <F extends FunctionName>(fn: F, dispatch: Dispatch<F>, makeDeps: () => Deps) =>
  async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    try {
      const openid = callerOpenid(context)
      if (!openid) return fail({ code: 'AUTH.UNAUTHENTICATED', message: 'no caller identity' })
      const { action, data } = (event ?? {}) as { action?: unknown; data?: unknown }
      const spec = specOf(fn, action)
      if (!spec)
        return fail({ code: 'ACTION.UNKNOWN', message: `unknown action ${String(action)}` })
      const parsed = spec.input.safeParse(data ?? {})
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))
        return fail({ code: 'INPUT.INVALID', message: 'input is not valid', issues })
      }
      const deps = makeDeps()
      const caller = await resolveCaller(openid, deps)
      if (!admits(spec.roles, caller))
        return fail({ code: 'AUTH.FORBIDDEN', message: 'role not allowed' })
      const call = { action, input: parsed.data } as ActionCall<F>
      return ok(await dispatch(call, caller, deps))
    } catch (error) {
      return toEnvelope(error)
    }
  }
