// The $geoNear stage: documents by distance from a point, with the distance written into each.
import { distanceOf } from '../geo/geo-indexes'
import { nearSpec } from '../geo/geo-operators'
import { badRequest } from '../protocol/errors'
import type { Doc } from '../protocol/ejson'
import { deepClone, isPlainObject, toNumber } from '../query/bson-values'
import { collectLeaves, splitPath } from '../query/paths'
import { docOf, findRows } from '../store/finder'
import type { SqliteStore } from '../store/sqlite-store'
import { writeAt } from '../update/path-write'

/** MongoDB: $geoNear must open the pipeline and use the collection's (one, or `key`) 2dsphere index. */
function indexPath(store: SqliteStore, collection: string, key: unknown): string {
  const indexes = store.geoIndexesOf(collection)
  const usable = typeof key === 'string' ? indexes.filter((index) => index.path === key) : indexes
  const [first, ...others] = usable
  if (!first)
    throw badRequest('$geoNear requires a 2dsphere index: unable to find index for $geoNear query')
  if (others.length)
    throw badRequest('There is more than one 2dsphere index; specify the key option')
  return first.path
}

export function geoNearSource(store: SqliteStore, collection: string, spec: unknown): Doc[] {
  if (!isPlainObject(spec)) throw badRequest('$geoNear requires an object')
  if (typeof spec.distanceField !== 'string' || spec.distanceField === '')
    throw badRequest("$geoNear requires a 'distanceField' option as a String")
  const path = indexPath(store, collection, spec.key)
  const { center, min, max } = nearSpec(
    { $geometry: spec.near, $minDistance: spec.minDistance, $maxDistance: spec.maxDistance },
    '$geoNear',
  )
  const multiplier = spec.distanceMultiplier === undefined ? 1 : toNumber(spec.distanceMultiplier)
  const filter = spec.query ?? {}
  const found = findRows(store, collection, { filter, sort: [], skip: 0, limit: undefined })
  return found
    .map((item) => ({ doc: docOf(item), d: distanceOf(docOf(item), path, center) }))
    .filter(({ d }) => d >= min && d <= max)
    .sort((a, b) => a.d - b.d)
    .map(({ doc, d }) => {
      const out = deepClone(doc)
      writeAt(out, splitPath(spec.distanceField as string), d * multiplier)
      if (typeof spec.includeLocs === 'string') {
        const location = collectLeaves(doc, splitPath(path)).find((leaf) => leaf !== undefined)
        writeAt(out, splitPath(spec.includeLocs), deepClone(location))
      }
      return out
    })
}
