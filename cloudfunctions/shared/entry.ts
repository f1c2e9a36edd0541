// Builds a function's `main(event, context)`: parse {action, data}, identify, authorise, run, envelope.
// Calls from the system (a timer trigger) enter through their own handler, never as a fake user.
import {
  fail,
  ok,
  type ActionKind,
  type ActionName,
  type ActionOutput,
  type Api,
  type Audience,
  type Envelope,
  type FunctionName,
  type ParsedInput,
  type RoleName,
} from '@linli/types'
import type { ZodTypeAny } from 'zod'
import { resolveCaller, type Caller } from '../use-cases/caller'
import { NO_WRITE_GATE, writeGate } from '../use-cases/limits'
import type { Deps } from '../use-cases/deps'
import { AppError } from './app-error'
import { platformCaller } from './cloudbase'

/** One handler per action, typed by that action's own input and output. */
export type ActionHandler<F extends FunctionName, A extends ActionName<F>> = (
  input: ParsedInput<F, A>,
  caller: Caller,
  deps: Deps,
) => Promise<ActionOutput<F, A>>

/** Every action of the API map has exactly one handler: a missing one does not compile. */
export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: ActionHandler<F, A> }

/** A timer trigger's event, as CloudBase passes it to main(). */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

export type SystemHandler = (event: TimerEvent, now: Date, deps: Deps) => Promise<unknown>

/**
 * Starts the reads an action will need that depend only on its input and the platform's openid,
 * while the caller is looked up (one round trip fewer in sequence). It only reads: whatever is
 * read is used after the caller is resolved and authorised, or not at all.
 */
export type ReadAhead<F extends FunctionName> = (
  action: ActionName<F>,
  input: unknown,
  openid: string,
  deps: Deps,
) => void

/**
 * A WeChat message push (云开发 → 设置 → 消息推送 → 云函数): the event is WeChat's JSON packet,
 * told apart by its MsgType. The handler answers what it does not know with ACTION.UNKNOWN.
 */
export type PushHandler = (
  event: { MsgType: string } & Record<string, unknown>,
  now: Date,
  deps: Deps,
) => Promise<Envelope<unknown>>

const asPush = (event: unknown): ({ MsgType: string } & Record<string, unknown>) | null => {
  const e = event as { MsgType?: unknown } | null
  return e && typeof e === 'object' && typeof e.MsgType === 'string'
    ? (e as { MsgType: string } & Record<string, unknown>)
    : null
}

interface Spec {
  input: ZodTypeAny
  roles: Audience
  kind: ActionKind
}

const admits = (audience: Audience, caller: Caller): boolean =>
  audience === 'anyone' ||
  caller.roles.some((r) => (audience as readonly RoleName[]).includes(r.role))

const specOf = (actions: Record<string, Spec>, action: unknown): Spec | null =>
  typeof action === 'string' && Object.hasOwn(actions, action) ? (actions[action] ?? null) : null

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

const asTimerEvent = (event: unknown): TimerEvent | null => {
  const e = event as Partial<TimerEvent> | null
  return e && e.Type === 'Timer' && typeof e.Time === 'string' && typeof e.TriggerName === 'string'
    ? (e as TimerEvent)
    : null
}

const runSystem = async (
  event: unknown,
  system: SystemHandler | undefined,
  makeDeps: () => Deps,
): Promise<Envelope<unknown>> => {
  const timer = asTimerEvent(event)
  if (!timer || !system) return fail({ code: 'ACTION.UNKNOWN', message: 'not a timer event' })
  const now = new Date(timer.Time)
  if (Number.isNaN(now.getTime())) {
    return fail({ code: 'INPUT.INVALID', message: 'timer event has no valid Time' })
  }
  return ok(await system(timer, now, makeDeps()))
}

const runUser = async <F extends FunctionName>(
  fn: F,
  actions: Api[F],
  openid: string,
  event: unknown,
  handlers: Handlers<F>,
  makeDeps: () => Deps,
  readAhead: ReadAhead<F> | undefined,
): Promise<Envelope<unknown>> => {
  const { action, data } = (event ?? {}) as { action?: unknown; data?: unknown }
  const spec = specOf(actions as Record<string, Spec>, action)
  if (!spec)
    return fail({ code: 'ACTION.UNKNOWN', message: `${fn} has no action ${String(action)}` })
  const parsed = spec.input.safeParse(data ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))
    return fail({ code: 'INPUT.INVALID', message: 'input is not valid', issues })
  }
  const deps = makeDeps()
  readAhead?.(action as ActionName<F>, parsed.data, openid, deps)
  const caller = await resolveCaller(openid, deps)
  if (!admits(spec.roles, caller))
    return fail({ code: 'AUTH.FORBIDDEN', message: 'role not allowed' })
  // Every write counts against the person's per-minute allowance (an atomic counter), spent by
  // the use case right before its write lands; one that never spends it is counted afterwards.
  const gate = spec.kind === 'write' ? writeGate(caller, deps) : NO_WRITE_GATE
  const handler = handlers[action as ActionName<F>] as ActionHandler<F, ActionName<F>>
  const answer = await handler(parsed.data as ParsedInput<F, ActionName<F>>, caller, {
    ...deps,
    writes: gate,
  })
  if (spec.kind === 'write' && !gate.spent) await gate.spend().catch(() => undefined)
  return ok(answer)
}

/**
 * `actions` is the function's own part of the API map (`API[fn]`, imported from
 * types/api/functions/<fn>): a bundle then builds only its own schemas, not every function's.
 */
export const createMain =
  <F extends FunctionName>(
    fn: F,
    actions: Api[F],
    handlers: Handlers<F>,
    makeDeps: () => Deps,
    system?: SystemHandler,
    readAhead?: ReadAhead<F>,
    push?: PushHandler,
  ) =>
  async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    try {
      const platform = platformCaller(context)
      // A push never comes through the app nor for a user: a call the platform vouches a user for,
      // or that began in the app, is a user's call (naming no action) whatever its event says.
      // CloudBase documents no SOURCE for pushes, so any other source may push; the handler still
      // acts only on what it recognises (the trace id of a media check it started).
      const packet = push && !platform.openid && !platform.fromApp ? asPush(event) : null
      if (packet && push) {
        const deps = makeDeps()
        return await push(packet, deps.now(), deps)
      }
      if (platform.openid)
        return await runUser(fn, actions, platform.openid, event, handlers, makeDeps, readAhead)
      if (platform.system) return await runSystem(event, system, makeDeps)
      return fail({ code: 'AUTH.UNAUTHENTICATED', message: 'no caller identity' })
    } catch (error) {
      return toEnvelope(error)
    }
  }
