// Unit: MongoDB's cross-type order and equality on decoded values.
import { Long, ObjectId } from 'bson'
import { compareValues, valuesEqual } from './bson-values'

it('orders types as MongoDB: null < numbers < strings < objects < arrays < ObjectId < booleans < dates', () => {
  // GIVEN one value of each type, shuffled
  const values = [
    new Date(0),
    true,
    new ObjectId('0123456789abcdef01234567'),
    [1],
    { a: 1 },
    'a',
    2,
    null,
  ]
  // WHEN sorted with compareValues
  const sorted = [...values].sort(compareValues)
  // THEN the BSON type order holds
  expect(sorted).toEqual([null, 2, 'a', { a: 1 }, [1], values[2], true, new Date(0)])
})

it('compares strings by code point, like UTF-8 bytes, not by UTF-16 units', () => {
  // GIVEN U+FF5E (BMP) and U+1F600 (astral, surrogates in UTF-16)
  const bmp = '\uff5e'
  const astral = '\u{1f600}'
  // WHEN compared  THEN the astral character is larger, as in MongoDB
  expect(compareValues(bmp, astral)).toBeLessThan(0)
  expect(bmp < astral).toBe(false) // what plain JS comparison would wrongly say
})

it('treats numeric BSON types as numbers and objects as ordered field lists', () => {
  // GIVEN equal numbers of different BSON types and objects with swapped keys
  // WHEN compared  THEN numbers are equal, key order matters for objects
  expect(valuesEqual(Long.fromNumber(5), 5)).toBe(true)
  expect(valuesEqual({ a: 1, b: 2 }, { a: 1, b: 2 })).toBe(true)
  expect(valuesEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
  expect(valuesEqual(null, undefined)).toBe(true)
})
