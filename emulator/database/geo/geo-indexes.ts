// Geo (2dsphere) indexes: what they require of stored documents and of the queries that use them.
import { badRequest } from '../protocol/errors'
import type { Doc } from '../protocol/ejson'
import { isPlainObject } from '../query/bson-values'
import { collectLeaves, splitPath } from '../query/paths'
import { distanceTo } from './geometry'
import { nearSpec, shapeOf, type NearSpec } from './geo-operators'

export interface GeoIndex {
  name: string
  path: string
}

/** MongoDB refuses a document whose 2dsphere-indexed field is neither missing nor GeoJSON. */
export function checkGeoFields(indexes: GeoIndex[], doc: Doc): void {
  for (const index of indexes) {
    for (const value of collectLeaves(doc, splitPath(index.path))) {
      if (value === undefined || value === null || shapeOf(value)) continue
      throw badRequest(
        `Can't extract geo keys: ${index.path} is not a valid GeoJSON Point, LineString or Polygon (index ${index.name})`,
      )
    }
  }
}

const GEO_OPERATORS = ['$nearSphere', '$near', '$geoWithin', '$geoIntersects']
const NEAR_OPERATORS = ['$nearSphere', '$near']

interface GeoCondition {
  path: string
  op: string
  operand: unknown
}

function conditionsOf(filter: unknown, out: GeoCondition[] = []): GeoCondition[] {
  if (!isPlainObject(filter)) return out
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) value.forEach((item) => conditionsOf(item, out))
    else if (!key.startsWith('$') && isPlainObject(value))
      for (const [op, operand] of Object.entries(value))
        if (GEO_OPERATORS.includes(op)) out.push({ path: key, op, operand })
  }
  return out
}

export interface NearOrder extends NearSpec {
  path: string
}

/**
 * CloudBase's geoNear, geoWithin and geoIntersects all need a geo index on the queried field
 * (需对查询字段建立地理位置索引). Returns the near condition, whose distance orders the results.
 */
export function checkGeoQuery(indexes: GeoIndex[], filter: unknown): NearOrder | undefined {
  let near: NearOrder | undefined
  for (const { path, op, operand } of conditionsOf(filter)) {
    if (!indexes.some((index) => index.path === path)) {
      throw badRequest(
        NEAR_OPERATORS.includes(op)
          ? `unable to find index for $geoNear query on '${path}'`
          : `${op} needs a geo index (2dsphere) on '${path}'`,
      )
    }
    if (NEAR_OPERATORS.includes(op)) {
      if (near) throw badRequest('Too many geoNear expressions')
      near = { path, ...nearSpec(operand, op) }
    }
  }
  return near
}

/** The distance (meters) of a document's nearest location on `path` to `center`. */
export function distanceOf(doc: Doc, path: string, center: [number, number]): number {
  const shapes = collectLeaves(doc, splitPath(path)).map(shapeOf)
  const distances = shapes.flatMap((shape) => (shape ? [distanceTo(center, shape)] : []))
  return distances.length ? Math.min(...distances) : Infinity
}
