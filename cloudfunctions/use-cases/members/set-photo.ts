// members.setPhoto: 亮身份 with a face — a member sets (or removes) the photo on their own card.
import type { ActionOutput, ParsedInput } from '@linli/types'
import { isInFolder, photoFolder } from '../../domain/photo-folder'
import { forbidden, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { cardOf, loadOrgNames, photoUrlsOf } from './member-views'

export const setPhoto = async (
  input: ParsedInput<'members', 'setPhoto'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'setPhoto'>> => {
  const personId = caller.personId
  if (!caller.person?.member || personId === null) throw forbidden('not a member')
  // Only the member's own upload: a request's photo must not reach a public card.
  if (input.photo !== null && !isInFolder(input.photo, photoFolder('members', personId))) {
    throw invalidInput('the photo is not in the member’s folder', [
      { path: ['photo'], message: '照片上传不完整，请重新选择' },
    ])
  }
  const write = async () => {
    await deps.writes.spend()
    const updated = await deps.members.setPhoto(personId, input.photo)
    if (!updated) {
      await deps.writes.refund()
      throw notFound('member')
    }
    return updated
  }
  // The card's names are read while the write lands: they do not depend on it.
  const [updated, names] = await Promise.all([write(), loadOrgNames(caller.communityId, deps)])
  return cardOf(updated, names, await photoUrlsOf([updated], deps))
}
