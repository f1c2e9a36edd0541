// A counter bumped when a notice is opened (and so read): the inbox reloads on return if it moved,
// and an inbox still mounted behind the notice reloads at once (listeners).
let version = 0
const listeners = new Set<() => void>()

export const inboxVersion = (): number => version

export const markInboxStale = (): void => {
  version += 1
  listeners.forEach((listener) => listener())
}

export const onInboxStale = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
