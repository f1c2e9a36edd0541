// Unit: query semantics that the SDK relies on the server for.
import { BSONRegExp } from 'bson'
import { DbError } from '../protocol/errors'
import { compileFilter } from './matcher'

const matches = (filter: object, doc: object): boolean =>
  compileFilter(filter)(doc as Record<string, unknown>)

it('$ne and $nin match documents lacking the field', () => {
  // GIVEN a document without status  WHEN $ne / $nin on status  THEN it matches
  expect(matches({ status: { $ne: 'open' } }, {})).toBe(true)
  expect(matches({ status: { $nin: ['open'] } }, {})).toBe(true)
  expect(matches({ status: { $ne: 'open' } }, { status: 'open' })).toBe(false)
})

it('comparisons are type-bracketed: a number bound never matches a string', () => {
  // GIVEN a string value  WHEN compared with a number bound  THEN no match
  expect(matches({ a: { $gt: 1 } }, { a: '5' })).toBe(false)
  expect(matches({ a: { $lt: 'z' } }, { a: 'a' })).toBe(true)
})

it('equality on an array field matches an element or the whole array', () => {
  // GIVEN tags [a, b]  WHEN equal to 'a', to ['a', 'b'], to ['b', 'a']
  const doc = { tags: ['a', 'b'] }
  // THEN element and exact array match, reordered array does not
  expect([
    matches({ tags: 'a' }, doc),
    matches({ tags: ['a', 'b'] }, doc),
    matches({ tags: ['b', 'a'] }, doc),
  ]).toEqual([true, true, false])
})

it('$not with a regex, and $in with regexes', () => {
  // GIVEN names  WHEN excluding /^a/ and including [/^b/]
  const notA = { name: { $not: new BSONRegExp('^a', '') } }
  const inB = { name: { $in: [new BSONRegExp('^b', 'i')] } }
  // THEN regexes apply to strings
  expect([matches(notA, { name: 'ann' }), matches(notA, { name: 'bo' })]).toEqual([false, true])
  expect(matches(inB, { name: 'Bo' })).toBe(true)
})

it('$expr compares two fields of the same document', () => {
  // GIVEN a quota and a count  WHEN $expr: count < quota
  const filter = { $expr: { $lt: ['$count', '$quota'] } }
  // THEN evaluated per document
  expect([
    matches(filter, { count: 1, quota: 2 }),
    matches(filter, { count: 2, quota: 2 }),
  ]).toEqual([true, false])
})

it('refuses unknown operators and mixed operator objects', () => {
  // GIVEN malformed filters  WHEN compiled  THEN a DbError with CloudBase's code
  expect(() => compileFilter({ a: { $bogus: 1 } })).toThrow(DbError)
  expect(() => compileFilter({ a: { $gt: 1, b: 2 } })).toThrow(/unknown operator/)
  expect(() => compileFilter({ $where: 'x' })).toThrow(/unknown top level operator/)
})
