// Request texts go through the content-check port before anything is written (DESIGN §3, §5):
// `risky` is refused with CONTENT.RISKY. `review` is accepted: a request must reach the people who
// act on it, and its full text is shown only to them (the reporter, the handler, leaders, staff;
// the public board masks it), so holding a resident's report for moderation would only delay help.
import type { ContentScene } from '../../data/content-check'
import { AppError } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export const checkRequestText = async (
  text: string | null | undefined,
  scene: ContentScene,
  caller: Caller,
  deps: Pick<Deps, 'contentCheck'>,
): Promise<void> => {
  if (!text) return
  const verdict = await deps.contentCheck.check(text, { openid: caller.openid, scene })
  if (verdict === 'risky') {
    throw new AppError('CONTENT.RISKY', 'the text did not pass the content check')
  }
}
