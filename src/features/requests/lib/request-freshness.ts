// Freshness after an action: every success bumps one version; a list or detail that loaded an
// older version reloads when its page shows again (the person comes back to it).
let version = 0
const listeners = new Set<() => void>()

export const requestsVersion = (): number => version

export const markRequestsChanged = (): void => {
  version += 1
  listeners.forEach((listener) => listener())
}

/** For screens that stay visible while another part of them acts (e.g. a list beside a prompt). */
export const onRequestsChanged = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
