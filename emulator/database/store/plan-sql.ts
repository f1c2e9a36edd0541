// SQL for one index: a field's conditions as index-column terms, an $or group, and the bound it implies.
import type { IndexHandle } from './index-tables'
import type { KeyPart } from './index-keys'
import type { Bound, Conditions, FieldCondition } from './plan-conditions'

/**
 * On a multikey (irregular) index each entry holds one array element, while MongoDB lets different
 * elements satisfy different conditions on a field ({$gt: 5, $lt: 10} matches [1, 20]): there only
 * the first condition narrows, and the JS filter applies the rest.
 */
export function emitField(
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
  const list = field.inList
  if (list && list[0] && !done()) {
    const first = list[0]
    if (list.every((key) => key.t === first.t)) {
      where.push(`i.t${i} = ? AND i.v${i} IN (${list.map(() => '?').join(', ')})`)
      params.push(first.t, ...list.map((key) => key.v))
    } else {
      where.push(`(i.t${i}, i.v${i}) IN (VALUES ${list.map(() => '(?, ?)').join(', ')})`)
      params.push(...list.flatMap((key) => [key.t, key.v]))
    }
  }
  for (const bound of field.bounds) {
    if (done()) break
    where.push(`i.t${i} = ? AND i.v${i} ${bound.op} ?`)
    params.push(bound.key.t, bound.key.v)
  }
}

/** `(branch) OR (branch)` on index columns, when the (regular) index holds every field of the group. */
export function orGroupSql(
  group: Conditions[],
  handle: IndexHandle,
): { where: string; params: Array<number | string> } | undefined {
  const params: Array<number | string> = []
  const branches: string[] = []
  for (const branch of group) {
    const where: string[] = []
    for (const [path, field] of branch.fields) {
      const i = handle.paths.indexOf(path)
      if (i < 0) return undefined
      emitField(field, i, where, params, false)
    }
    branches.push(`(${where.join(' AND ')})`)
  }
  return { where: `(${branches.join(' OR ')})`, params }
}

/** SQLite orders strings by their UTF-8 bytes, numbers numerically (the same type on both sides). */
function compare(a: KeyPart, b: KeyPart): number {
  if (typeof a.v === 'number' && typeof b.v === 'number') return a.v - b.v
  return Buffer.compare(Buffer.from(String(a.v)), Buffer.from(String(b.v)))
}

type Side = { key: KeyPart; strict: boolean } | undefined

/** The loosest bound on one side over all branches; undefined when some branch leaves that side open. */
function loosest(limits: Side[], wider: (c: number) => boolean): Side {
  let out: Side
  for (const limit of limits) {
    if (!limit) return undefined
    if (!out) out = limit
    else {
      const c = compare(limit.key, out.key)
      if (wider(c) || (c === 0 && !limit.strict)) out = limit
    }
  }
  return out
}

function sideOf(field: FieldCondition, upper: boolean): Side {
  if (field.eq) return { key: field.eq, strict: false }
  const ops = upper ? ['<', '<='] : ['>', '>=']
  const bound = field.bounds.find((b) => ops.includes(b.op))
  return bound ? { key: bound.key, strict: bound.op.length === 1 } : undefined
}

/**
 * A keyset cursor, (createdAt < X) OR (createdAt = X AND _id < Y), implies createdAt <= X: as a
 * bound on the column after the equality prefix it lets SQLite start the walk at the cursor.
 */
export function hullOf(
  group: Conditions[],
  handle: IndexHandle,
  position: number,
): { path: string; field: FieldCondition } | undefined {
  const path = handle.paths[position]
  if (path === undefined) return undefined
  const fields = group.map((branch) => branch.fields.get(path))
  if (fields.some((f) => !f || f.inList)) return undefined
  const present = fields as FieldCondition[]
  const keys = present.flatMap((f) => [...(f.eq ? [f.eq] : []), ...f.bounds.map((b) => b.key)])
  const types = new Set(keys.map((k) => k.t))
  if (types.size !== 1) return undefined
  const upper = loosest(
    present.map((f) => sideOf(f, true)),
    (c) => c > 0,
  )
  const lower = loosest(
    present.map((f) => sideOf(f, false)),
    (c) => c < 0,
  )
  const bounds: Bound[] = []
  if (upper) bounds.push({ op: upper.strict ? '<' : '<=', key: upper.key })
  if (lower) bounds.push({ op: lower.strict ? '>' : '>=', key: lower.key })
  return bounds.length ? { path, field: { bounds } } : undefined
}
