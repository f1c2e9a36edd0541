// A stand-in for the local gateway behind fetch: POST /functions/<fn> {action, data} → scripted answers.
import type { ErrorBody } from '@linli/types'

export interface GatewayCall {
  url: string
  fn: string
  action: string
  data: unknown
  headers: Record<string, string>
}

/** Answers an envelope (or throws, which the client sees as a network failure). */
export type Route = (data: unknown, call: GatewayCall) => unknown

export const okAnswer = (data: unknown) => ({ ok: true, data })
export const failAnswer = (code: string, message = code, issues?: ErrorBody['issues']) => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})

const respond = (status: number, body: unknown): Response =>
  ({ status, ok: status < 400, json: async () => body }) as unknown as Response

export function installFakeGateway(routes: Record<string, Route>) {
  const calls: GatewayCall[] = []
  const fetchMock = jest.fn(async (url: string, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { action: string; data: unknown }
    const call: GatewayCall = {
      url,
      fn: url.split('/functions/')[1] ?? '',
      action: body.action,
      data: body.data,
      headers: { ...(init.headers as Record<string, string>) },
    }
    calls.push(call)
    const route = routes[`${call.fn}.${call.action}`]
    if (!route)
      return respond(404, failAnswer('FUNCTION.NOT_FOUND', `no route ${call.fn}.${call.action}`))
    return respond(200, await route(call.data, call))
  })
  globalThis.fetch = fetchMock as unknown as typeof fetch
  return {
    calls,
    callsTo: (key: string) => calls.filter((c) => `${c.fn}.${c.action}` === key),
  }
}

/** A promise the test settles when it wants: for "while sending" states. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}
