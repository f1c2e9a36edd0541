// One idempotency key per form: the server applies a retried submit with the same key only once.
export const newClientRequestId = (): string =>
  `rq-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
