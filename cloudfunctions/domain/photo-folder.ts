// Whose photo a file is: a member's own photos live under a folder named by their person id, so a
// member can point their card or service record at their own uploads only (never a request's photo).

/** The path inside a fileID (`cloud://<env>/<path>`; in the cloud `<env>` is `<env>.<bucket>`). */
const pathOf = (fileId: string): string | null => {
  const match = /^cloud:\/\/[^/\s]+\/(\S+)$/.exec(fileId)
  return match?.[1] ?? null
}

/** `members/<personId>` for card photos, `service/<personId>` for service records. */
export const photoFolder = (kind: 'members' | 'service', personId: string): string =>
  `${kind}/${personId}`

/** True when the file lies inside `folder` (at any depth), with no `..` segment on the way. */
export const isInFolder = (fileId: string, folder: string): boolean => {
  const path = pathOf(fileId)
  if (path === null || !path.startsWith(`${folder}/`)) return false
  return !path.split('/').some((segment) => segment === '..' || segment === '')
}
