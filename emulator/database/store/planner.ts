// Chooses how to answer a query: by _id, through one index (pushing equality, $in, range, $or and
// sort into SQL), through a union of index plans (one per $or branch), or by scan.
import type { SortSpec } from '../query/sort'
import type { DocId } from './doc-ids'
import type { IndexHandle } from './index-tables'
import { emitField, hullOf, orGroupSql } from './plan-sql'
import { extractConditions, idLookup, type Conditions } from './plan-conditions'

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

/** One index plan per branch of an $or no single index answers; rows are merged, then filtered. */
export interface UnionPlan {
  kind: 'union'
  plans: IndexPlan[]
}

export type Plan = { kind: 'ids'; ids: DocId[] } | IndexPlan | UnionPlan | { kind: 'scan' }

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
  // Past an $in SQLite still seeks: one range per listed value (its IN loop), so the walk goes on.
  let inCount = 0
  let seekScore = 0
  for (let i = 0; i < handle.paths.length; i++) {
    const path = handle.paths[i] as string
    const field = conditions.fields.get(path)
    if (!field) break
    emitField(field, i, where, params, handle.irregular)
    used.add(path)
    if (field.eq) {
      eqPaths.add(path)
      if (inCount === 0) eqCount++
      seekScore += inCount === 0 ? 100 : 70
      continue
    }
    if (!field.inList || field.bounds.length > 0 || handle.irregular) {
      seekScore += 50
      break
    }
    inCount++
    seekScore += 60
  }
  let orsCovered = 0
  for (const group of conditions.ors) {
    const sql = handle.irregular ? undefined : orGroupSql(group, handle)
    if (!sql) continue
    orsCovered++
    where.push(sql.where)
    params.push(...sql.params)
    // A bound every branch implies lets SQLite seek to the cursor instead of filtering up to it.
    const hull = hullOf(group, handle, eqCount)
    if (hull && !used.has(hull.path)) {
      emitField(hull.field, handle.paths.indexOf(hull.path), where, params, false)
      used.add(hull.path)
    }
  }
  const orderBy = sort.length ? orderFor(handle, sort, eqPaths) : undefined
  const aligned =
    orderBy !== undefined && inCount === 0 && alignedSort(handle, sort, eqPaths, eqCount)
  if (used.size === 0 && orsCovered === 0 && !aligned) return undefined
  const exact =
    !handle.irregular &&
    !conditions.residual &&
    orsCovered === conditions.ors.length &&
    [...conditions.fields.keys()].every((path) => used.has(path))
  const score = seekScore + orsCovered * 20 + (exact ? 30 : 0) + (aligned ? 40 : orderBy ? 10 : 0)
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

function bestIndexPlan(
  conditions: Conditions,
  sort: SortSpec,
  indexes: IndexHandle[],
): { plan: IndexPlan; score: number } | undefined {
  let best: { plan: IndexPlan; score: number } | undefined
  for (const handle of indexes) {
    const candidate = planIndex(handle, conditions, sort)
    if (candidate && (!best || candidate.score > best.score)) best = candidate
  }
  return best
}

/** The query with one branch of its first $or folded in (the branch's fields win for planning). */
function withBranch(conditions: Conditions, branch: Conditions): Conditions {
  const fields = new Map(conditions.fields)
  for (const [path, field] of branch.fields) if (!fields.has(path)) fields.set(path, field)
  return { fields, ors: [], residual: true }
}

/**
 * MongoDB's OR plan: when each branch of an $or narrows through an index better than the query's
 * other conditions do, the rows are the union of the branches' index plans.
 */
function unionPlan(
  conditions: Conditions,
  indexes: IndexHandle[],
  single: { score: number } | undefined,
): UnionPlan | undefined {
  const [group] = conditions.ors
  if (!group) return undefined
  const plans: IndexPlan[] = []
  for (const branch of group) {
    const best = bestIndexPlan(withBranch(conditions, branch), [], indexes)
    if (!best || best.plan.where === '1' || (single && best.score <= single.score)) return undefined
    plans.push({ ...best.plan, orderBy: undefined, exact: false })
  }
  return { kind: 'union', plans }
}

export function planQuery(filter: unknown, sort: SortSpec, indexes: IndexHandle[]): Plan {
  const conditions = extractConditions(filter)
  const ids = idLookup(conditions)
  if (ids) return { kind: 'ids', ids }
  const best = bestIndexPlan(conditions, sort, indexes)
  const covered = best?.plan.exact === true
  const union = covered ? undefined : unionPlan(conditions, indexes, best)
  if (union) return union
  return best ? best.plan : { kind: 'scan' }
}
