// The document an upsert starts from: the equality conditions of its query, as MongoDB seeds it.
import type { Doc } from '../protocol/ejson'
import { deepClone, isPlainObject } from '../query/bson-values'
import { splitPath } from '../query/paths'
import { writeAt } from '../update/path-write'

export function seedFromQuery(query: Doc): Doc {
  const seed: Doc = {}
  const visit = (filter: Doc): void => {
    for (const [key, value] of Object.entries(filter)) {
      if (key === '$and' && Array.isArray(value)) value.filter(isPlainObject).forEach(visit)
      else if (key.startsWith('$')) continue
      else if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) writeAt(seed, splitPath(key), deepClone(value.$eq))
      } else writeAt(seed, splitPath(key), deepClone(value))
    }
  }
  visit(query)
  return seed
}
