// Unit: update operators applied to documents, with MongoDB's refusals.
import { applyOperators } from './apply-update'

const ctx = { now: new Date('2025-01-01T00:00:00Z'), inserting: false }

function updated(
  doc: Record<string, unknown>,
  update: Record<string, unknown>,
): Record<string, unknown> {
  const copy = structuredClone(doc)
  applyOperators(copy, update, ctx)
  return copy
}

it('creates missing parents for $set and pads arrays with null', () => {
  // GIVEN an empty document and a short array  WHEN setting deep paths
  const deep = updated({ _id: 1 }, { $set: { 'a.b.c': 1 } })
  const padded = updated({ _id: 1, list: [0] }, { $set: { 'list.2': 2 } })
  // THEN parents appear and the gap holds null
  expect(deep).toEqual({ _id: 1, a: { b: { c: 1 } } })
  expect(padded).toEqual({ _id: 1, list: [0, null, 2] })
})

it('$unset on an array element leaves null in its place', () => {
  // GIVEN [1, 2, 3]  WHEN unsetting index 1  THEN positions are kept
  expect(updated({ _id: 1, list: [1, 2, 3] }, { $unset: { 'list.1': '' } })).toEqual({
    _id: 1,
    list: [1, null, 3],
  })
})

it('$currentDate writes the server clock', () => {
  // GIVEN a clock  WHEN $currentDate  THEN that time
  expect(updated({ _id: 1 }, { $currentDate: { at: true } })).toEqual({ _id: 1, at: ctx.now })
})

it('refuses conflicting paths, unknown modifiers, _id changes and pushing to a non-array', () => {
  // GIVEN a document  WHEN applying invalid updates  THEN MongoDB's refusals
  const doc = { _id: 1, a: { b: 1 }, s: 'x' }
  expect(() => updated(doc, { $set: { a: 1 }, $inc: { 'a.b': 1 } })).toThrow(/conflict/)
  expect(() => updated(doc, { $frobnicate: { a: 1 } })).toThrow(/Unknown modifier/)
  expect(() => updated(doc, { $set: { _id: 2 } })).toThrow(/immutable field '_id'/)
  expect(() => updated(doc, { $push: { s: 1 } })).toThrow(/must be an array/)
})
