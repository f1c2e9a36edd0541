// A community's rule sets as the use cases read them (stored, else the defaults), and the one way
// they are saved: only over the version the editor saw, logged in the same step or taken back.
import type { RuleKind, RuleSetDoc, RuleValues } from '@linli/types'
import { RULE_VALUE_SCHEMAS } from '@linli/types'
import { ruleChangeIdOf } from '../../data/rules.repository'
import { defaultRulesOf } from '../../domain/rule-sets'
import { AppError } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export interface RuleSet<K extends RuleKind> {
  version: number
  value: RuleValues[K]
  updatedAt: Date | null
  doc: RuleSetDoc | null
}

/** Stored documents evolve: a value that no longer parses is read as the defaults, not a failure. */
export const ruleSetOf = <K extends RuleKind>(kind: K, doc: RuleSetDoc | undefined): RuleSet<K> => {
  const parsed = doc ? RULE_VALUE_SCHEMAS[kind].safeParse(doc.value) : null
  if (!doc || !parsed?.success) {
    if (doc) console.error('[linli] stored rules do not parse; defaults used', doc._id)
    return {
      version: doc?.version ?? 0,
      value: defaultRulesOf(kind),
      updatedAt: null,
      doc: doc ?? null,
    }
  }
  return {
    version: doc.version,
    value: parsed.data as RuleValues[K],
    updatedAt: doc.updatedAt,
    doc,
  }
}

/** One read for every kind named: start it beside the use case's other reads. */
export const readRules = async <K extends RuleKind>(
  communityId: string,
  kinds: readonly K[],
  deps: Pick<Deps, 'rules'>,
): Promise<{ [P in K]: RuleSet<P> }> => {
  const docs = await deps.rules.getSets(communityId, kinds)
  const out = {} as { [P in K]: RuleSet<P> }
  for (const kind of kinds) out[kind] = ruleSetOf(kind, docs[kind]) as (typeof out)[K]
  return out
}

const stale = () =>
  new AppError('RULES.STALE', 'the rules were changed since they were read: reload and edit again')

/**
 * Saves `value` over version `seen` (`'current'`: whatever is stored now). The write allowance is
 * spent while the current set is read; a stale save gives it back and writes nothing.
 */
export const saveRules = async <K extends RuleKind>(
  kind: K,
  value: RuleValues[K],
  seen: number | 'current',
  caller: Caller,
  deps: Deps,
): Promise<RuleSet<K>> => {
  const [sets] = await Promise.all([
    readRules(caller.communityId, [kind], deps),
    deps.writes.spend(),
  ])
  const current = sets[kind]
  if (seen !== 'current' && seen !== current.version) {
    await deps.writes.refund()
    throw stale()
  }
  const now = deps.now()
  const by = caller.person?._id ?? null
  const saved = await deps.rules.saveIfVersion(
    { communityId: caller.communityId, kind, value, updatedAt: now, updatedBy: by },
    current.version,
  )
  if (!saved) {
    await deps.writes.refund()
    throw stale()
  }
  const change = {
    _id: ruleChangeIdOf(caller.communityId, kind, saved.version),
    communityId: caller.communityId,
    kind,
    version: saved.version,
    before: current.value,
    after: value,
    by,
    byName: caller.person?.name ?? null,
    createdAt: now,
  }
  // The version's log entry: without it the change is taken back, so no change goes unrecorded.
  const logged = await deps.rules.logChange(change).catch((error: unknown) => {
    console.error('[linli] rule change not logged; taken back', error)
    return false
  })
  if (!logged) {
    await deps.rules.restore(saved, current.doc)
    await deps.writes.refund()
    throw new AppError('INTERNAL', 'the change could not be recorded: nothing was changed')
  }
  return { version: saved.version, value, updatedAt: now, doc: saved }
}
