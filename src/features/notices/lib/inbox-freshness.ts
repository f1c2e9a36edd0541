// A counter bumped when a notice is opened (and so read): the inbox reloads on return if it moved.
let version = 0

export const inboxVersion = (): number => version

export const markInboxStale = (): void => {
  version += 1
}
