// Hostile values for generated inputs: broken strings, operators, bad keys, garbage of every type.
import fc from 'fast-check'

/** Strings that break naive code: lone surrogates, bidi and zero-width marks, 4-byte emoji, NUL. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\n\t',
  '\uD800',
  'ab\uDC00cd',
  '\uDBFF\uDFFF',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'a\u200Bb\u200Dc\uFEFF',
  '😀'.repeat(40),
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '𠀀𪚥𰻞',
  '\u0000',
  'e\u0301\u0301\u0301',
  '１３８０００００００１',
  '$where',
  '__proto__',
  'constructor',
  'a.b.c',
  '<script>alert(1)</script>',
  "'; DROP TABLE requests; --",
  '%s%n%x',
  '../../etc/passwd',
  'cloud://',
  'null',
  '0',
] as const

/** Personal data people really type, so lists and masked views get something to leak. */
export const PERSONAL_BITS = [
  '13800000000',
  '138 0000 0011',
  '138-0000-0200',
  '+86 138 0000 0201',
  '１３８０００００２０４',
  '1单元101',
  '2单元201室',
  '3单元 301',
  '5号楼502',
  '142202198001011234',
  '0350-5123456',
]

const CHINESE = fc.constantFrom(...'楼道灯坏了下水堵塞暖气不热请帮忙看一下谢谢邻居老人')
const textUnit = fc.oneof(
  { arbitrary: CHINESE, weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom(...EDGE_STRINGS.filter((s) => s.length > 0)), weight: 1 },
  { arbitrary: fc.constantFrom(...PERSONAL_BITS), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }), weight: 1 },
)
export const text = (min: number, max: number) =>
  fc
    .array(textUnit, { minLength: Math.max(1, min), maxLength: Math.max(1, Math.min(max, 40)) })
    .map((parts) => parts.join(''))

const huge = fc
  .constantFrom(65, 201, 501, 5_001, 70_000, 1_100_000)
  .chain((n) => fc.constantFrom('字'.repeat(n), 'a'.repeat(n), '😀'.repeat(Math.ceil(n / 2))))

const OPERATORS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $exists: true },
  { $in: ['demo-resident', 'bldg-01'] },
  { $regex: '.*' },
  { $where: 'function () { while (true) {} }' },
  { $where: 'sleep(5000)' },
  { $set: { status: 'closed', reporterOpenid: 'demo-staff' } },
  { $expr: { $eq: [1, 1] } },
  { 'a.b': 1 },
  { $numberLong: '1' },
  { $date: 0 },
  { $oid: '000000000000000000000000' },
  { $tcb_server_date: { offset: 0 } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
]

/** Keys that should never get through: operators, dotted paths, identity smuggling, prototype. */
export const BAD_KEYS = fc.constantFrom(
  '$where',
  '$gt',
  '$set',
  'a.b',
  'status.$',
  '_id',
  'openid',
  'WX_OPENID',
  'communityId',
  'reporterOpenid',
  'roles',
  '__proto__',
  'constructor',
  '',
  '\uD800',
)

/** Anything at all: wrong types, operators, huge and broken strings, nested junk. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -0, 1e308, ''),
  fc.integer(),
  fc.double(),
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  huge,
  fc.constantFrom(...OPERATORS),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom(...OPERATORS)), { maxLength: 5 }),
  fc.dictionary(BAD_KEYS, fc.oneof(fc.string(), fc.constantFrom(...OPERATORS)), { maxKeys: 3 }),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
  fc.constant(nested(200)),
)

function nested(depth: number): unknown {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i += 1) value = { a: value }
  return value
}
