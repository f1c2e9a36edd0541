// Chooses how to answer a query: by _id, through one index (pushing equality, range and sort into SQL), or by scan.
import type { SortSpec } from '../query/sort'
import type { DocId } from './doc-ids'
import type { IndexHandle } from './index-tables'
import {
  extractConditions,
  idLookup,
  type Conditions,
  type FieldCondition,
} from './plan-conditions'

export interface IndexPlan {
  kind: 'index'
  handle: IndexHandle
  where: string
  params: Array<number | string>
  /** SQL ORDER BY giving the query's sort; undefined when the sort must be done in JS. */
  orderBy: string | undefined
  /** The SQL conditions are the whole query: no JS filter, LIMIT/OFFSET and COUNT go to SQL. */
  exact: boolean
}

export type Plan = { kind: 'ids'; ids: DocId[] } | IndexPlan | { kind: 'scan' }

/**
 * On a multikey (irregular) index each entry holds one array element, while MongoDB lets different
 * elements satisfy different conditions on a field ({$gt: 5, $lt: 10} matches [1, 20]): there only
 * the first condition narrows, and the JS filter applies the rest.
 */
function emit(
  field: FieldCondition,
  i: number,
  where: string[],
  params: Array<number | string>,
  multikey: boolean,
): void {
  const before = where.length
  const done = (): boolean => multikey && where.length > before
  if (field.eq) {
    where.push(`i.t${i} = ? AND i.v${i} = ?`)
    params.push(field.eq.t, field.eq.v)
  }
  if (field.inList && field.inList[0] && !done()) {
    where.push(`i.t${i} = ? AND i.v${i} IN (${field.inList.map(() => '?').join(', ')})`)
    params.push(field.inList[0].t, ...field.inList.map((key) => key.v))
  }
  for (const bound of field.bounds) {
    if (done()) break
    where.push(`i.t${i} = ? AND i.v${i} ${bound.op} ?`)
    params.push(bound.key.t, bound.key.v)
  }
}

/** ORDER BY on index columns; ties follow the index's own rid order so SQLite can walk it directly. */
function orderFor(handle: IndexHandle, sort: SortSpec, eqPaths: Set<string>): string | undefined {
  if (handle.irregular) return undefined
  const remaining = sort.filter((s) => !eqPaths.has(s.path))
  const columns: string[] = []
  let sameAsIndex = 0
  for (const s of remaining) {
    const i = handle.paths.indexOf(s.path)
    if (i < 0) return undefined
    const dir = s.direction === -1 ? 'DESC' : 'ASC'
    if (s.direction === handle.directions[i]) sameAsIndex++
    columns.push(`i.t${i} ${dir}`, `i.v${i} ${dir}`)
  }
  if (!handle.unique)
    columns.push(
      sameAsIndex === remaining.length || remaining.length === 0 ? 'i.rid ASC' : 'i.rid DESC',
    )
  return columns.length ? columns.join(', ') : undefined
}

/** True when the sort continues the index right after its equality prefix (no SQL sort step). */
function alignedSort(
  handle: IndexHandle,
  sort: SortSpec,
  eqPaths: Set<string>,
  eqCount: number,
): boolean {
  const remaining = sort.filter((s) => !eqPaths.has(s.path))
  const flips = remaining.map((s, j) => s.direction === handle.directions[eqCount + j])
  return (
    remaining.every((s, j) => handle.paths[eqCount + j] === s.path) &&
    (flips.every(Boolean) || !flips.some(Boolean))
  )
}

function planIndex(
  handle: IndexHandle,
  conditions: Conditions,
  sort: SortSpec,
): { plan: IndexPlan; score: number } | undefined {
  const where: string[] = []
  const params: Array<number | string> = []
  const eqPaths = new Set<string>()
  const used = new Set<string>()
  let eqCount = 0
  for (let i = 0; i < handle.paths.length; i++) {
    const path = handle.paths[i] as string
    const field = conditions.fields.get(path)
    if (!field) break
    emit(field, i, where, params, handle.irregular)
    used.add(path)
    if (!field.eq) break
    eqPaths.add(path)
    eqCount++
  }
  const orderBy = sort.length ? orderFor(handle, sort, eqPaths) : undefined
  const aligned = orderBy !== undefined && alignedSort(handle, sort, eqPaths, eqCount)
  if (used.size === 0 && !aligned) return undefined
  const exact =
    !handle.irregular &&
    !conditions.residual &&
    [...conditions.fields.keys()].every((path) => used.has(path))
  const score = eqCount * 100 + (used.size > eqCount ? 50 : 0) + (aligned ? 40 : orderBy ? 10 : 0)
  const plan: IndexPlan = {
    kind: 'index',
    handle,
    where: where.join(' AND ') || '1',
    params,
    orderBy,
    exact,
  }
  return { plan, score }
}

export function planQuery(filter: unknown, sort: SortSpec, indexes: IndexHandle[]): Plan {
  const conditions = extractConditions(filter)
  const ids = idLookup(conditions)
  if (ids) return { kind: 'ids', ids }
  let best: { plan: IndexPlan; score: number } | undefined
  for (const handle of indexes) {
    const candidate = planIndex(handle, conditions, sort)
    if (candidate && (!best || candidate.score > best.score)) best = candidate
  }
  return best ? best.plan : { kind: 'scan' }
}
