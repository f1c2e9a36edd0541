// Puts a text msgSecCheck answered `review` in the one moderation queue staff work through.
import type { HeldKind, ModerationDoc } from '@linli/types'
import { heldIdOf, textHashOf } from '../../data/moderation.repository'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export interface HeldRef {
  kind: HeldKind
  refId: string
  /** Which of the document's texts, where it has several of a kind (a progress note's time). */
  slot?: string | null
  /** What staff see it as: "诉求描述", "承诺" … */
  label: string
}

/**
 * Written BEFORE the text itself lands: a crash in between leaves an item staff may approve for
 * nothing, never a text shown to the public that nobody will look at (fail closed).
 */
export const holdText = async (
  text: string,
  ref: HeldRef,
  caller: Caller,
  deps: Pick<Deps, 'moderation' | 'now'>,
): Promise<ModerationDoc> => {
  const base = {
    kind: ref.kind,
    refId: ref.refId,
    slot: ref.slot ?? null,
    textHash: textHashOf(text),
  }
  const { doc } = await deps.moderation.hold({
    _id: heldIdOf(base),
    ...base,
    communityId: caller.communityId,
    text,
    authorId: caller.personId,
    authorName: caller.name ?? '',
    label: ref.label,
    status: 'held',
    createdAt: deps.now(),
    decidedAt: null,
    decidedBy: null,
  })
  return doc
}
