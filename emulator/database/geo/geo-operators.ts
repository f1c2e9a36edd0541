// Geo query operators on a field's values: $nearSphere/$near, $geoWithin, $geoIntersects (GeoJSON).
import { badRequest } from '../protocol/errors'
import { isPlainObject, toNumber } from '../query/bson-values'
import {
  distanceMeters,
  distanceTo,
  EARTH_RADIUS_M,
  geoParts,
  intersects,
  within,
  type Parts,
  type Position,
} from './geometry'

type LeafTest = (leaves: unknown[]) => boolean

/** A stored location: GeoJSON, or a legacy [lng, lat] pair as 2dsphere indexes also accept. */
export function shapeOf(value: unknown): Parts | undefined {
  if (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number'))
    return geoParts({ type: 'Point', coordinates: value })
  return geoParts(value)
}

function geometryOf(operand: unknown, op: string): Parts {
  const geometry = isPlainObject(operand) ? operand.$geometry : undefined
  const parts = geoParts(geometry)
  if (!parts) throw badRequest(`${op} needs a valid GeoJSON $geometry`)
  return parts
}

export interface NearSpec {
  center: Position
  min: number
  max: number
}

/** {$geometry: Point, $minDistance?, $maxDistance?} in meters, as the SDK's geoNear sends it. */
export function nearSpec(operand: unknown, op: string): NearSpec {
  const geometry = isPlainObject(operand) ? operand.$geometry : undefined
  const parts = geoParts(geometry)
  const center = parts?.points[0]
  if (!center || (geometry as { type?: unknown }).type !== 'Point')
    throw badRequest(`${op} needs a GeoJSON Point as $geometry`)
  const o = operand as Record<string, unknown>
  const bound = (v: unknown, dflt: number): number =>
    v === undefined || v === null ? dflt : toNumber(v)
  return { center, min: bound(o.$minDistance, 0), max: bound(o.$maxDistance, Infinity) }
}

function anyShape(test: (shape: Parts) => boolean): LeafTest {
  return (leaves) =>
    leaves.some((leaf) => {
      const shape = shapeOf(leaf)
      return shape !== undefined && test(shape)
    })
}

export function nearTest(operand: unknown, op: string): LeafTest {
  const { center, min, max } = nearSpec(operand, op)
  return anyShape((shape) => {
    const d = distanceTo(center, shape)
    return d >= min && d <= max
  })
}

export function geoWithinTest(operand: unknown): LeafTest {
  if (isPlainObject(operand) && Array.isArray(operand.$centerSphere)) {
    const [centerRaw, radius] = operand.$centerSphere
    const center = shapeOf(centerRaw)?.points[0]
    if (!center || typeof radius !== 'number' || radius < 0)
      throw badRequest('$centerSphere needs [[lng, lat], radius in radians]')
    const meters = radius * EARTH_RADIUS_M
    return anyShape((shape) => shape.points.every((p) => distanceMeters(p, center) <= meters))
  }
  const area = geometryOf(operand, '$geoWithin')
  if (area.polygons.length === 0) throw badRequest('$geoWithin needs a Polygon or MultiPolygon')
  return anyShape((shape) => within(shape, area.polygons))
}

export function geoIntersectsTest(operand: unknown): LeafTest {
  const target = geometryOf(operand, '$geoIntersects')
  return anyShape((shape) => intersects(shape, target))
}
