import { answerDoc } from '../protocol/answer'
import { decodeDoc, encodeEJSON } from '../protocol/ejson'
import { compileBodyProjection, compileProjection } from './projection'

const stored = encodeEJSON({
  _id: 'r1',
  status: 'open',
  n: 3,
  big: 2 ** 40,
  dueAt: new Date('2026-12-01T08:00:00Z'),
  handler: { kind: 'member', id: 'p1', at: new Date('2026-12-02T00:00:00Z') },
  timeline: [{ type: 'reported', at: new Date('2026-11-30T00:00:00Z') }],
  nothing: null,
  tricky: 'a "quoted", {braced} [bracketed] \\ back\\slash, 换行\n',
  nested: { list: [{ a: '}' }, [1, ']'], { b: { c: '"' } }], flag: true },
  'key "with" quotes': 'x',
  empty: {},
  last: false,
})

describe('compileBodyProjection', () => {
  it.each([
    [{ status: 1, dueAt: 1, handler: 1 }],
    [{ status: true, n: true, big: true, missing: true }],
    [{ _id: 0, timeline: 1, nothing: 1 }],
    [{ _id: 1, dueAt: 1 }],
    [{ tricky: 1, last: 1, empty: 1 }],
    [{ nested: 1, 'key "with" quotes': 1, flag: 1 }],
    [{ _id: false, last: 1 }],
  ])('cuts a stored body as the general projection answers it: %j', (spec) => {
    const pick = compileBodyProjection(spec)
    const project = compileProjection(spec)
    if (!pick || !project) throw new Error('expected both projections')
    // The same fields and values (in the document's order, as MongoDB answers; the general
    // projection follows the spec's order, which JSON does not distinguish).
    expect(JSON.parse(pick(stored))).toEqual(JSON.parse(answerDoc(project(decodeDoc(stored)))))
  })

  it.each([
    [{ 'handler.kind': 1 }],
    [{ timeline: { $slice: 1 } }],
    [{ timeline: 0 }],
    [{ _id: 1 }],
    [{ _id: 0 }],
    [{}],
    [null],
  ])('leaves every other projection to the general one: %j', (spec) => {
    expect(compileBodyProjection(spec)).toBeUndefined()
  })
})
