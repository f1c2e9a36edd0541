// Writes and removes values at dotted paths with MongoDB's update rules for parents and array slots.
import { badRequest } from '../protocol/errors'
import { isPlainObject } from '../query/bson-values'
import { isIndexPart } from '../query/paths'

type Container = Record<string, unknown> | unknown[]

function child(container: Container, part: string): unknown {
  return Array.isArray(container) ? container[Number(part)] : container[part]
}

function assign(container: Container, part: string, value: unknown): void {
  if (Array.isArray(container)) {
    const index = Number(part)
    // Setting past the end pads with nulls, as MongoDB does.
    while (container.length < index) container.push(null)
    container[index] = value
  } else {
    container[part] = value
  }
}

function checkStep(container: Container, part: string, path: string): void {
  if (Array.isArray(container) && !isIndexPart(part)) {
    throw badRequest(`Cannot create field '${part}' in element {${path}: [...]}`)
  }
}

/** The container holding the last part, creating missing sub-documents on the way if asked. */
export function parentOf(
  doc: Record<string, unknown>,
  parts: string[],
  create: boolean,
): Container | undefined {
  let container: Container = doc
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string
    checkStep(container, part, parts.slice(0, i).join('.'))
    let next = child(container, part)
    if (next === undefined) {
      if (!create) return undefined
      next = {}
      assign(container, part, next)
    } else if (!isPlainObject(next) && !Array.isArray(next)) {
      // null included: MongoDB never replaces a stored value (even null) by a sub-document.
      if (!create) return undefined
      throw badRequest(
        `Cannot create field '${parts[i + 1]}' in element {${part}: ${JSON.stringify(next)}}`,
      )
    }
    container = next as Container
  }
  return container
}

export function readAt(doc: Record<string, unknown>, parts: string[]): unknown {
  const parent = parentOf(doc, parts, false)
  return parent === undefined ? undefined : child(parent, parts[parts.length - 1] as string)
}

export function writeAt(doc: Record<string, unknown>, parts: string[], value: unknown): void {
  const parent = parentOf(doc, parts, true) as Container
  const last = parts[parts.length - 1] as string
  checkStep(parent, last, parts.slice(0, -1).join('.'))
  assign(parent, last, value)
}

/** $unset: removes a field; an array element becomes null instead (positions are kept). */
export function removeAt(doc: Record<string, unknown>, parts: string[]): void {
  const parent = parentOf(doc, parts, false)
  const last = parts[parts.length - 1] as string
  if (parent === undefined) return
  if (Array.isArray(parent)) {
    if (isIndexPart(last) && Number(last) < parent.length) parent[Number(last)] = null
  } else {
    delete parent[last]
  }
}
