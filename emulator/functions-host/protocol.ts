// Messages exchanged over IPC between the functions host and one function's child process.

/** Host → child: run `main(event, context)` once; `id` pairs the answer with the call. */
export interface InvokeMessage {
  type: 'invoke'
  id: number
  event: unknown
  context: Record<string, unknown>
}

/** Child → host: the bundle loaded (`ready`) or could not be loaded (`load-error`). */
export type LifecycleMessage = { type: 'ready' } | { type: 'load-error'; message: string }

/**
 * Child → host: the outcome of one call. A result travels as JSON text already, so the host can
 * send it on without parsing it, and a value JSON cannot carry fails in the child, by name.
 */
export type ResultMessage =
  | { type: 'result'; id: number; ok: true; json: string }
  | { type: 'result'; id: number; ok: false; message: string }

export type ChildMessage = LifecycleMessage | ResultMessage
