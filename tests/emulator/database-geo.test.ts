// Conformance: db.Geo shapes stored under a 2dsphere index, geoNear/geoWithin/geoIntersects and the $geoNear stage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startDbServer, type DbServer } from './helpers/db-server'
import { freshCollection, rejectionOf, type Collection } from './helpers/factories'

// CloudBase geo queries (geoNear from near to far, min/maxDistance in meters; geoWithin a Polygon,
// MultiPolygon or centerSphere; geoIntersects) all need a geo index (需对查询字段建立地理位置索引):
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/command/Command.geoNear.html
// MongoDB semantics: https://www.mongodb.com/docs/manual/reference/operator/query-geospatial/
// and https://www.mongodb.com/docs/manual/reference/operator/aggregation/geoNear/
const INDEX_CONFIG = {
  collections: { places: { indexes: [{ name: 'location_geo', keys: { location: '2dsphere' } }] } },
}

let configDir: string
let server: DbServer
let places: Collection

const db = () => server.app.database()
const _ = () => db().command
/** The SDK's db.Geo classes (its typings name only Point). */
const geo = () =>
  db().Geo as unknown as {
    Point: new (lng: number, lat: number) => object
    LineString: new (points: object[]) => object
    Polygon: new (lines: object[]) => object
  }
const pt = (lng: number, lat: number) => new (geo().Point)(lng, lat)
const line = (...points: Array<[number, number]>) =>
  new (geo().LineString)(points.map(([lng, lat]) => pt(lng, lat)))
const polygon = (...points: Array<[number, number]>) => new (geo().Polygon)([line(...points)])

// A resident's home in 城西社区 (原平市) and requests around it: r1 ~87 m east, r2 ~868 m east,
// r3 a few km away, r4 without a location; `street` runs east–west through all of them.
const HOME: [number, number] = [112.71, 38.73]
const grid = () =>
  polygon(
    [112.705, 38.725],
    [112.715, 38.725],
    [112.715, 38.735],
    [112.705, 38.735],
    [112.705, 38.725],
  )

beforeAll(async () => {
  configDir = mkdtempSync(path.join(os.tmpdir(), 'linli-geo-config-'))
  const indexConfigPath = path.join(configDir, 'indexes.json')
  writeFileSync(indexConfigPath, JSON.stringify(INDEX_CONFIG))
  server = await startDbServer({ indexConfigPath })
  places = db().collection('places')
  await places.add([
    { _id: 'r1', status: 'open', location: pt(112.711, 38.73) },
    { _id: 'r2', status: 'open', location: pt(112.72, 38.73) },
    { _id: 'r3', status: 'closed', location: pt(112.75, 38.75) },
    { _id: 'r4', status: 'open' },
    { _id: 'street', status: 'road', location: line([112.7, 38.73], [112.73, 38.73]) },
  ])
})
afterAll(async () => {
  await server.close()
  rmSync(configDir, { recursive: true, force: true })
})

const ids = (res: { data: Array<{ _id?: unknown }> }) => res.data.map((doc) => doc._id)

describe('geo', () => {
  it('stores points and lines and gives them back as db.Geo shapes', async () => {
    // GIVEN the stored places  WHEN reading r1 and the street
    const [r1] = (await places.doc('r1').get()).data
    const [street] = (await places.doc('street').get()).data
    // THEN the SDK turns the GeoJSON back into its Point and LineString
    expect(r1.location).toEqual(pt(112.711, 38.73))
    expect(street.location).toEqual(line([112.7, 38.73], [112.73, 38.73]))
  })

  it('refuses a value that is not GeoJSON in a geo-indexed field', async () => {
    // GIVEN the 2dsphere index on location  WHEN adding a text location  THEN MongoDB's refusal
    const error = await rejectionOf(places.add({ _id: 'bad', location: '益民巷' }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(error.message).toMatch(/Can't extract geo keys/)
  })

  it('geoNear answers from near to far within min/maxDistance (meters)', async () => {
    // GIVEN points 87 m, 868 m and kilometers away  WHEN asking within 1 km, then beyond 100 m
    const near = await places
      .where({ location: _().geoNear({ geometry: pt(...HOME), maxDistance: 1000 }) })
      .get()
    const ring = await places
      .where({
        location: _().geoNear({ geometry: pt(...HOME), minDistance: 100, maxDistance: 5000 }),
        status: 'open',
      })
      .get()
    // THEN nearest first (the street runs through HOME: distance 0), r3 and r4 left out
    expect(ids(near)).toEqual(['street', 'r1', 'r2'])
    expect(ids(ring)).toEqual(['r2'])
  })

  it('geoWithin a polygon or a centerSphere; geoIntersects a line', async () => {
    // GIVEN the grid polygon around HOME
    const inGrid = await places.where({ location: _().geoWithin({ geometry: grid() }) }).get()
    const inCircle = await places
      .where({ location: _().geoWithin({ centerSphere: [pt(...HOME), 1000 / 6378100] }) })
      .get()
    const onRoad = await places
      .where({
        location: _().geoIntersects({ geometry: line([112.705, 38.73], [112.715, 38.73]) }),
      })
      .orderBy('_id', 'asc')
      .get()
    const crossesGrid = await places
      .where({ location: _().geoIntersects({ geometry: grid() }), status: 'road' })
      .get()
    // THEN r1 only in the grid, r1 and r2 within 1 km, r1 and the street touch the short road
    expect(ids(inGrid)).toEqual(['r1'])
    expect(ids(inCircle).sort()).toEqual(['r1', 'r2'])
    expect(ids(onRoad)).toEqual(['r1', 'street'])
    expect(ids(crossesGrid)).toEqual(['street'])
  })

  it('geo queries on a field without a geo index are refused', async () => {
    // GIVEN a collection with no geo index
    const plain = await freshCollection(server.app)
    await plain.add({ location: pt(...HOME) })
    // WHEN querying it by distance and by area
    const errors = await Promise.all([
      rejectionOf(plain.where({ location: _().geoNear({ geometry: pt(...HOME) }) }).get()),
      rejectionOf(plain.where({ location: _().geoWithin({ geometry: grid() }) }).count()),
    ])
    // THEN both fail, as on CloudBase
    expect(errors.map((error) => error.code)).toEqual([
      'DATABASE_REQUEST_FAILED',
      'DATABASE_REQUEST_FAILED',
    ])
    expect(errors[0]?.message).toMatch(/unable to find index for \$geoNear query/)
  })

  it('the geoNear stage writes the distance, filters by query, and must come first', async () => {
    // GIVEN HOME  WHEN aggregating open requests by distance within 1 km
    const res = await places
      .aggregate()
      .geoNear({
        near: pt(...HOME),
        spherical: true,
        distanceField: 'distance',
        maxDistance: 1000,
        query: { status: 'open' },
        includeLocs: 'at',
      })
      .project({ distance: 1, at: 1 })
      .end()
    const late = await rejectionOf(
      places
        .aggregate()
        .match({ status: 'open' })
        .geoNear({ near: pt(...HOME), distanceField: 'd' })
        .end(),
    )
    // THEN r1 (~87 m) before r2 (~868 m), with their locations; a later $geoNear is refused
    const rows = res.data as Array<{ _id: string; distance: number; at: unknown }>
    expect(rows.map((row) => row._id)).toEqual(['r1', 'r2'])
    expect(rows[0]?.distance).toBeCloseTo(86.8, 0)
    expect(rows[1]?.distance).toBeCloseTo(868, -1)
    expect(rows[0]?.at).toEqual({ type: 'Point', coordinates: [112.711, 38.73] })
    expect(late.code).toBe('DATABASE_REQUEST_FAILED')
  })
})
