// Checks every answer a test receives: its shape against the API map, and no personal data leaked.
// Wired into stack.call, so every integration suite, present and future, checks every response.
import {
  API,
  ERROR_CODES,
  errorBodySchema,
  listActivitiesOutputSchema,
  listMeetingsOutputSchema,
  listOfferingsOutputSchema,
  requestDetailSchema,
  requestPageSchema,
  similarOutputSchema,
  type RequestDetail,
} from '@linli/types'
import { households } from '../../cloudfunctions/seed/demo-org'
import { people } from '../../cloudfunctions/seed/demo-people'
import { z, type ZodTypeAny } from 'zod'

export class ResponseCheckError extends Error {
  override name = 'ResponseCheckError'
}

export interface CheckedCall {
  fn: string
  action: string
  openid: string | null
}

/** Codes the emulator's gateway answers with itself, before or instead of a function. */
const GATEWAY_CODES = new Set([
  'INPUT.TOO_LARGE',
  'FUNCTION.NOT_FOUND',
  'FUNCTION.FAILED',
  'FUNCTION.TIMEOUT',
  'HTTP.METHOD_NOT_ALLOWED',
])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const anyOf = (values: Iterable<string>) =>
  new RegExp([...new Set(values)].filter(Boolean).map(escape).join('|'), 'g')

/** The demo's personal data: every seeded phone, name and room (rooms repeat across buildings). */
const SEEDED_PHONES = anyOf(people.flatMap((p) => (p.phone ? [p.phone] : [])))
const SEEDED_NAMES = anyOf(people.map((p) => p.name))
/** Members, leaders, staff and liaisons show their names (亮身份); residents' names are hidden. */
const PUBLIC_NAMES = new Set(
  people.filter((p) => p.roles.some((r) => r.role !== 'resident')).map((p) => p.name),
)
const RESIDENT_NAMES = anyOf(people.map((p) => p.name).filter((n) => !PUBLIC_NAMES.has(n)))
const SEEDED_ROOMS = anyOf(households.map((h) => h.room))

/** Written independently of masking.ts, for its plain forms: a regression there shows here. */
const toAsciiDigits = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
/** Any space a line shows as a space (NBSP, thin, ideographic); a line break separates. */
const SPACE = '[^\\S\\r\\n\\u2028\\u2029]*'
const TEXT_PATTERNS: readonly [string, RegExp][] = [
  ['a mobile number', /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/],
  ['an ID number', /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/],
  ['a room number', new RegExp(`\\d{1,2}${SPACE}单元${SPACE}\\d{2,4}`)],
]
/** Fields holding what people typed: masked for anyone who may not see the request in full. */
const TEXT_KEYS = new Set(['excerpt', 'description', 'note', 'comment', 'outcome'])

/** Answers made of request summaries: lists never carry names, phones or rooms (request-views.ts). */
const LIST_OUTPUTS = new Set<unknown>([
  requestPageSchema,
  similarOutputSchema,
  // Issue 11: the menu and the activities name teams and units, never a person.
  listOfferingsOutputSchema,
  listActivitiesOutputSchema,
  // Issue 11 §3: meetings name units, teams and (to residents) 居民代表, never a reporter.
  listMeetingsOutputSchema,
])

/**
 * The output schema with every object strict: a key the contract does not name is an error, because
 * answers are built field by field (request-views.ts) and an extra key is how a stored field leaks.
 */
const strictCache = new WeakMap<ZodTypeAny, ZodTypeAny>()
const strictDeep = (schema: ZodTypeAny): ZodTypeAny => {
  const cached = strictCache.get(schema)
  if (cached) return cached
  let strict: ZodTypeAny = schema
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, ZodTypeAny>).map(([k, v]) => [
        k,
        strictDeep(v),
      ]),
    )
    strict = z.object(shape).strict()
  } else if (schema instanceof z.ZodArray) strict = z.array(strictDeep(schema.element))
  else if (schema instanceof z.ZodNullable) strict = strictDeep(schema.unwrap()).nullable()
  else if (schema instanceof z.ZodOptional) strict = strictDeep(schema.unwrap()).optional()
  strictCache.set(schema, strict)
  return strict
}

type Path = (string | number)[]
const show = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')

/** Every string in a JSON value, with its path; `skip` leaves out subtrees by key. */
function* strings(value: unknown, path: Path = []): Generator<[string, Path]> {
  if (typeof value === 'string') yield [value, path]
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, [...path, i])
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield* strings(v, [...path, k])
    }
  }
}

const firstMatch = (re: RegExp, s: string): string | null => {
  re.lastIndex = 0
  return re.exec(s)?.[0] ?? null
}

interface ScanRules {
  /** Names that must not appear, if any. */
  names: RegExp | null
}

/** Throws on the first seeded phone, room or (if asked) name, or a typed phone/ID/room in text. */
const scan = (where: string, value: unknown, rules: ScanRules): void => {
  const seeded: [string, RegExp][] = [
    ['phone', SEEDED_PHONES],
    ['room', SEEDED_ROOMS],
    ...(rules.names ? ([['name', rules.names]] as [string, RegExp][]) : []),
  ]
  for (const [s, path] of strings(value)) {
    for (const [kind, re] of seeded) {
      const hit = firstMatch(re, s)
      if (hit)
        throw new ResponseCheckError(`${where} leaks a seeded ${kind} "${hit}" at ${show(path)}`)
    }
    const key = path[path.length - 1]
    if (typeof key !== 'string' || !TEXT_KEYS.has(key)) continue
    const plain = toAsciiDigits(s)
    for (const [kind, re] of TEXT_PATTERNS) {
      const hit = plain.match(re)?.[0]
      if (hit) throw new ResponseCheckError(`${where} leaks ${kind} "${hit}" at ${show(path)}`)
    }
  }
}

const seededPerson = (openid: string | null) => people.find((p) => p.openid === openid) ?? null

/** org.me tells the caller about themself only. */
const checkMe = (
  where: string,
  data: { name: string | null; household: { id: string } | null },
  openid: string | null,
) => {
  const me = seededPerson(openid)
  if (data.name !== (me?.name ?? null)) {
    throw new ResponseCheckError(`${where} names "${data.name}", not the caller`)
  }
  const home = me?.roles.find((r) => r.role === 'resident')
  const homeId = home?.role === 'resident' ? home.householdId : null
  if ((data.household?.id ?? null) !== homeId) {
    throw new ResponseCheckError(`${where} shows household ${data.household?.id}, not the caller's`)
  }
}

/** Timeline events whose note is the rating's comment, the 回访 or the 12345 outcome. */
const PRIVATE_NOTES = new Set(['confirmed', 'followUpRecorded', 'reportedBack'])

/** A masked view: no reporter, no resident's name, nothing typed that is personal, no private note. */
const checkMasked = (where: string, detail: RequestDetail) => {
  if (detail.reporter !== null) {
    throw new ResponseCheckError(`${where} is masked but names its reporter`)
  }
  // Handlers' names are public (亮身份) and show in claim and transfer notes; residents' are not.
  scan(where, detail, { names: RESIDENT_NAMES })
  const i = detail.timeline.findIndex((e) => PRIVATE_NOTES.has(e.type) && e.note !== undefined)
  if (i >= 0) {
    throw new ResponseCheckError(
      `${where} is masked but shows the ${detail.timeline[i]?.type} note at .timeline[${i}].note`,
    )
  }
}

const checkData = (call: CheckedCall, where: string, data: unknown): void => {
  const spec = (API as Record<string, Record<string, { output: unknown } | undefined>>)[call.fn]?.[
    call.action
  ]
  if (!spec || !Object.hasOwn(API[call.fn as keyof typeof API], call.action)) {
    throw new ResponseCheckError(`${where} answered ok, but the API map has no such action`)
  }
  const parsed = strictDeep(spec.output as ZodTypeAny).safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${show(i.path)}: ${i.message}`).join('; ')
    throw new ResponseCheckError(`${where} does not match its output schema: ${issues}`)
  }
  if (LIST_OUTPUTS.has(spec.output)) scan(where, data, { names: SEEDED_NAMES })
  if (spec.output === requestDetailSchema) {
    const detail = data as RequestDetail
    if (detail.masked) checkMasked(where, detail)
  }
  if (call.fn === 'org' && call.action === 'me') checkMe(where, data as never, call.openid)
}

/** Throws a ResponseCheckError naming the call and the problem; returns nothing when all is well. */
export const checkResponse = (call: CheckedCall, envelope: unknown): void => {
  const where = `${call.fn}.${call.action} as ${call.openid ?? '(no identity)'}`
  const e = envelope as { ok?: unknown; data?: unknown; error?: unknown } | null
  if (!e || typeof e !== 'object' || typeof e.ok !== 'boolean') {
    throw new ResponseCheckError(`${where} answered no envelope: ${JSON.stringify(envelope)}`)
  }
  if (e.ok) {
    checkData(call, where, e.data)
    return
  }
  const error = errorBodySchema.strict().safeParse(e.error)
  if (!error.success) {
    throw new ResponseCheckError(`${where} answered a malformed error: ${JSON.stringify(e.error)}`)
  }
  if (!isKnownCode(error.data.code))
    throw new ResponseCheckError(`${where} answered an unknown error code ${error.data.code}`)
  // Error messages and issues are shown to whoever called: nobody's phone or room in them.
  scan(where, error.data, { names: null })
}

const isKnownCode = (code: string) =>
  (ERROR_CODES as readonly string[]).includes(code) || GATEWAY_CODES.has(code)
