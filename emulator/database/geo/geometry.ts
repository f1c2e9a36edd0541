// GeoJSON shapes on WGS84 longitude/latitude: validation, great-circle distance, containment, intersection.
import { isPlainObject } from '../query/bson-values'

export type Position = [number, number]
/** A shape broken into what the tests need: points, segments, and polygons (outer ring + holes). */
export interface Parts {
  points: Position[]
  segments: Array<[Position, Position]>
  polygons: Position[][][]
}

/** MongoDB's spherical distances use this radius (meters); $centerSphere radii are radians of it. */
export const EARTH_RADIUS_M = 6_378_100

function position(value: unknown): Position | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined
  const [lng, lat] = value
  if (typeof lng !== 'number' || typeof lat !== 'number') return undefined
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined
  return [lng, lat]
}

function line(value: unknown, min: number): Position[] | undefined {
  if (!Array.isArray(value) || value.length < min) return undefined
  const out = value.map(position)
  return out.every((p) => p !== undefined) ? (out as Position[]) : undefined
}

function polygon(value: unknown): Position[][] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined
  const rings = value.map((ring) => line(ring, 4))
  const closed = rings.every((ring) => {
    const first = ring?.[0]
    const last = ring?.[ring.length - 1]
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
  })
  return closed ? (rings as Position[][]) : undefined
}

function segmentsOf(path: Position[]): Array<[Position, Position]> {
  return path.slice(1).map((p, i) => [path[i] as Position, p])
}

/** The parts of a GeoJSON Point, LineString, Polygon or Multi* value; undefined if it is not one. */
export function geoParts(value: unknown): Parts | undefined {
  if (!isPlainObject(value) || typeof value.type !== 'string') return undefined
  const c = value.coordinates
  const parts: Parts = { points: [], segments: [], polygons: [] }
  const addLine = (path: Position[]): void => {
    parts.points.push(...path)
    parts.segments.push(...segmentsOf(path))
  }
  const addPolygon = (rings: Position[][]): void => {
    rings.forEach(addLine)
    parts.polygons.push(rings)
  }
  const all = <T>(items: unknown, read: (item: unknown) => T | undefined): T[] | undefined => {
    if (!Array.isArray(items) || items.length === 0) return undefined
    const out = items.map(read)
    return out.every((item) => item !== undefined) ? (out as T[]) : undefined
  }
  switch (value.type) {
    case 'Point': {
      const p = position(c)
      if (!p) return undefined
      parts.points.push(p)
      return parts
    }
    case 'MultiPoint': {
      const ps = all(c, position)
      if (!ps) return undefined
      parts.points.push(...ps)
      return parts
    }
    case 'LineString': {
      const path = line(c, 2)
      return path ? (addLine(path), parts) : undefined
    }
    case 'MultiLineString': {
      const paths = all(c, (item) => line(item, 2))
      return paths ? (paths.forEach(addLine), parts) : undefined
    }
    case 'Polygon': {
      const rings = polygon(c)
      return rings ? (addPolygon(rings), parts) : undefined
    }
    case 'MultiPolygon': {
      const polys = all(c, polygon)
      return polys ? (polys.forEach(addPolygon), parts) : undefined
    }
    default:
      return undefined
  }
}

const rad = (deg: number): number => (deg * Math.PI) / 180

/** Great-circle distance in meters (haversine). */
export function distanceMeters(a: Position, b: Position): number {
  const dLat = rad(b[1] - a[1])
  const dLng = rad(b[0] - a[0])
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

// Containment and crossing are computed on the lng/lat plane: exact for points and for the few
// hundred meters a community covers; MongoDB's geodesic edges differ only over long edges.
const cross = (o: Position, a: Position, b: Position): number =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

function onSegment(p: Position, [a, b]: [Position, Position]): boolean {
  if (Math.abs(cross(a, b, p)) > 1e-12) return false
  return (
    Math.min(a[0], b[0]) - 1e-12 <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + 1e-12 &&
    Math.min(a[1], b[1]) - 1e-12 <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + 1e-12
  )
}

function segmentsCross(s: [Position, Position], t: [Position, Position]): boolean {
  const [a, b] = s
  const [c, d] = t
  const d1 = cross(c, d, a)
  const d2 = cross(c, d, b)
  const d3 = cross(a, b, c)
  const d4 = cross(a, b, d)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true
  return onSegment(a, t) || onSegment(b, t) || onSegment(c, s) || onSegment(d, s)
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position
    const [xj, yj] = ring[j] as Position
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside
  }
  return inside
}

/** Inside the outer ring (boundary included) and not strictly inside a hole. */
export function inPolygon(p: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings
  if (!outer) return false
  if (segmentsOf(outer).some((s) => onSegment(p, s))) return true
  return inRing(p, outer) && !holes.some((hole) => inRing(p, hole))
}

/** $geoIntersects: the two shapes share at least one point (a shared edge counts). */
export function intersects(a: Parts, b: Parts): boolean {
  const pointHits = (x: Parts, y: Parts): boolean =>
    x.points.some(
      (p) =>
        y.points.some((q) => q[0] === p[0] && q[1] === p[1]) ||
        y.segments.some((s) => onSegment(p, s)) ||
        y.polygons.some((poly) => inPolygon(p, poly)),
    )
  if (pointHits(a, b) || pointHits(b, a)) return true
  return a.segments.some((s) => b.segments.some((t) => segmentsCross(s, t)))
}

/** $geoWithin a polygon: every point of the shape lies inside one of the polygons, no edge leaves. */
export function within(shape: Parts, polygons: Position[][][]): boolean {
  return shape.points.every((p) => polygons.some((poly) => inPolygon(p, poly)))
}

/** The point of segment ab nearest to p, on a plane where longitude is scaled by cos(latitude). */
function nearestOnSegment(p: Position, [a, b]: [Position, Position]): Position {
  const k = Math.cos(rad(p[1]))
  const dx = (b[0] - a[0]) * k
  const dy = b[1] - a[1]
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : ((p[0] - a[0]) * k * dx + (p[1] - a[1]) * dy) / len
  const u = Math.max(0, Math.min(1, t))
  return [a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1])]
}

/** Distance from a point to a shape: 0 inside a polygon, else to its nearest point or edge. */
export function distanceTo(from: Position, shape: Parts): number {
  if (shape.polygons.some((poly) => inPolygon(from, poly))) return 0
  const candidates = [...shape.points, ...shape.segments.map((s) => nearestOnSegment(from, s))]
  return Math.min(...candidates.map((p) => distanceMeters(from, p)))
}
