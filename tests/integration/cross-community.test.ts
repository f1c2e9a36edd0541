// No query of one community returns another's documents (issue 11 §6): a second community, 东关,
// is a full twin of the seeded 城西 — every document of every collection copied under ids of its
// own — and every action of the API map runs as its 城西 caller, once on its 城西 target and once on
// that target's 东关 twin. No answer may carry anything of 东关's.
import { COLLECTIONS } from '../../cloudfunctions/data/collections'
import { actionSamples, inputOf, prepare, type ActionSample } from '../support/action-samples'
import { clearReportAllowances } from '../support/drive'
import { startStack, type Stack } from '../support/stack'

const A = 'chengxi'
const B = 'dongguan'
const TWIN = 'zzB-'

let stack: Stack
const targets = new Map<ActionSample, string>()

const PAGE = 1000
const readAll = async (collection: string): Promise<Record<string, unknown>[]> => {
  const all: Record<string, unknown>[] = []
  for (let skip = 0; ; skip += PAGE) {
    const res = await stack.db.collection(collection).skip(skip).limit(PAGE).get()
    all.push(...(res.data as Record<string, unknown>[]))
    if (res.data.length < PAGE) return all
  }
}

/** Every id and openid of 城西 gets a twin; compound keys (`member:<id>`, `<notice>:<person>`) too. */
const twinner = (names: ReadonlySet<string>) => {
  const twin = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value === A) return B
      if (names.has(value)) return TWIN + value
      if (value.includes(':')) {
        const parts = value.split(':')
        if (parts.some((p) => names.has(p)))
          return parts.map((p) => (names.has(p) ? TWIN + p : p)).join(':')
      }
      return value
    }
    if (Array.isArray(value)) return value.map(twin)
    if (value instanceof Date || value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, twin(v)]))
  }
  return twin
}

/** Copies every document of every collection (except 东关's own community document) as 东关's. */
const cloneWorld = async () => {
  const docs = new Map<string, Record<string, unknown>[]>()
  for (const name of Object.values(COLLECTIONS)) docs.set(name, await readAll(name))
  const names = new Set<string>()
  for (const [, list] of docs) {
    for (const d of list) {
      if (typeof d._id === 'string') names.add(d._id)
      if (typeof d.openid === 'string') names.add(d.openid)
      if (typeof d.reporterOpenid === 'string') names.add(d.reporterOpenid)
    }
  }
  names.delete(A)
  const twin = twinner(names)
  for (const [name, list] of docs) {
    const copies = list.map(
      (d) =>
        (name === COLLECTIONS.communities && d._id === A
          ? { ...d, _id: B, name: '东关社区' }
          : twin(d)) as Record<string, unknown>,
    )
    for (let i = 0; i < copies.length; i += 100) {
      if (copies.length > 0) await stack.db.collection(name).add(copies.slice(i, i + 100))
    }
  }
  return names.size
}

beforeAll(async () => {
  stack = await startStack()
  // GIVEN every action's target prepared in 城西 …
  for (const sample of actionSamples()) {
    targets.set(sample, await prepare(stack, sample))
    await clearReportAllowances(stack)
  }
  // … and 东关 a twin of all of it
  expect(await cloneWorld()).toBeGreaterThan(100)
}, 120_000)
afterAll(() => stack.close())

/** Whatever of 东关 an answer carries: its community id, or any id or openid of its twin world. */
const leaksOf = (answer: unknown): string[] => {
  const text = JSON.stringify(answer)
  return [...(text.match(/zzB-[^"\\,:]*/g) ?? []), ...(text.includes(`"${B}"`) ? [B] : [])]
}

it('every action of the API map, as a caller of 城西, answers nothing of 东关', async () => {
  const leaks: string[] = []
  let answered = 0
  for (const [sample, target] of targets) {
    const name = `${sample.fn}.${sample.action}${sample.variant ? ` (${sample.variant})` : ''}`
    // WHEN it runs on its own target, and on that target's 东关 twin
    const cases = target === '' ? [target] : [target, TWIN + target]
    for (const id of cases) {
      await clearReportAllowances(stack)
      const input =
        id === target
          ? await inputOf(stack, sample, id)
          : (JSON.parse(JSON.stringify(sample.data(id))) as Record<string, unknown>)
      const res = await stack.call(sample.fn as never, sample.action as never, input, sample.who)
      if (res.ok) answered += 1
      // THEN the answer carries no 东关 id (a refusal of the twin is the right answer)
      const found = leaksOf(res)
      if (found.length > 0)
        leaks.push(`${name}${id === target ? '' : ' on the twin'}: ${found.join(' ')}`)
    }
  }
  expect(answered).toBeGreaterThan(60)
  expect(leaks).toEqual([])
}, 240_000)
