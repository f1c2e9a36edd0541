// What this app has read since the inbox last loaded: notices opened here are shown read at once,
// whatever the inbox's own load is doing, and a counter tells the inbox a reload is due.
//
// Why both (issue 9): the inbox used to learn of a read only by fetching again — from a listener
// while it sat hidden behind the notice, or when its page showed again. Its mark then depended on
// that fetch: one that began before the read landed, or failed on a busy gateway, was kept as the
// latest (the reload was counted as done when it started), and Taro's H5 build does not re-show a
// page until the one above it is destroyed, so nothing fetched again. The read the app itself
// made is a fact it already has: it is applied locally and synchronously; the fetch only confirms.
let version = 0
const readHere = new Set<string>()
const listeners = new Set<() => void>()

export const inboxVersion = (): number => version

/** Opening notice `id` read it: the inbox shows it read now, and reloads. */
export const markNoticeRead = (id: string): void => {
  readHere.add(id)
  version += 1
  listeners.forEach((listener) => listener())
}

export const wasReadHere = (id: string): boolean => readHere.has(id)

export const onInboxStale = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
