// Unit: aggregation expressions — paths over arrays, variables, arithmetic, conditionals, dates.
import { evaluateExpression } from './expressions'

const doc = {
  items: [
    { price: 2, qty: 3 },
    { price: 5, qty: 1 },
  ],
  at: new Date('2025-03-31T20:00:00Z'),
  name: 'Ann',
}

it('a path through an array of sub-documents yields an array', () => {
  // GIVEN items  WHEN reading $items.price and summing it  THEN [2, 5] and 7
  expect(evaluateExpression('$items.price', doc)).toEqual([2, 5])
  expect(evaluateExpression({ $sum: '$items.price' }, doc)).toBe(7)
})

it('$map, $filter and $reduce see their own variables', () => {
  // GIVEN items  WHEN computing line totals and filtering cheap items
  const totals = evaluateExpression(
    { $map: { input: '$items', as: 'i', in: { $multiply: ['$$i.price', '$$i.qty'] } } },
    doc,
  )
  const cheap = evaluateExpression(
    { $filter: { input: '$items', as: 'i', cond: { $lt: ['$$i.price', 3] } } },
    doc,
  )
  const sum = evaluateExpression(
    { $reduce: { input: [1, 2, 3], initialValue: 0, in: { $add: ['$$value', '$$this'] } } },
    doc,
  )
  // THEN each expression is evaluated in scope
  expect([totals, cheap, sum]).toEqual([[6, 5], [{ price: 2, qty: 3 }], 6])
})

it('$cond, $ifNull and $switch choose branches', () => {
  // GIVEN the document  WHEN branching on fields  THEN the right branch
  expect(evaluateExpression({ $cond: [{ $eq: ['$name', 'Ann'] }, 'yes', 'no'] }, doc)).toBe('yes')
  expect(evaluateExpression({ $ifNull: ['$missing', 'fallback'] }, doc)).toBe('fallback')
  expect(
    evaluateExpression({ $switch: { branches: [{ case: false, then: 1 }], default: 2 } }, doc),
  ).toBe(2)
})

it('date parts honour a +08:00 timezone (the next day in Beijing)', () => {
  // GIVEN 20:00 UTC on March 31  WHEN reading the day in UTC and in +08:00
  const utc = evaluateExpression({ $dayOfMonth: '$at' }, doc)
  const beijing = evaluateExpression({ $dayOfMonth: { date: '$at', timezone: '+08:00' } }, doc)
  const text = evaluateExpression(
    { $dateToString: { date: '$at', format: '%Y-%m-%d %H:%M', timezone: '+08:00' } },
    doc,
  )
  // THEN the local date is April 1
  expect([utc, beijing, text]).toEqual([31, 1, '2025-04-01 04:00'])
})

it('refuses unknown operators and undefined variables', () => {
  // GIVEN bad expressions  WHEN evaluated  THEN refused
  expect(() => evaluateExpression({ $bogus: 1 }, doc)).toThrow(/Unrecognized expression/)
  expect(() => evaluateExpression('$$nope', doc)).toThrow(/undefined variable/)
})
