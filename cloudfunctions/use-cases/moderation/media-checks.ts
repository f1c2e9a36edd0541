// Images get WeChat's asynchronous media check (DESIGN §5): started when a notice or a request
// carries photos, its verdict pushed later as a `wxa_media_check` event; a risky image is taken out.
import type { MediaCheckDoc, MediaOwnerKind } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

export interface MediaOwner {
  kind: MediaOwnerKind
  id: string
}

/** The push WeChat sends to the function configured for it (云开发 → 设置 → 消息推送). */
export interface MediaCheckPush {
  MsgType: 'event'
  Event: 'wxa_media_check'
  trace_id: string
  /** Version 2's verdict. */
  result?: { suggest?: unknown; label?: unknown }
  /** Version 1's (still sent by some accounts): 1 risky, 0 not. */
  isrisky?: unknown
}

export const asMediaCheckPush = (event: unknown): MediaCheckPush | null => {
  const e = event as Partial<MediaCheckPush> | null
  return e?.MsgType === 'event' &&
    e.Event === 'wxa_media_check' &&
    typeof e.trace_id === 'string' &&
    e.trace_id !== ''
    ? (e as MediaCheckPush)
    : null
}

const verdictOf = (push: MediaCheckPush): MediaCheckDoc['status'] => {
  const suggest = push.result?.suggest
  if (suggest === 'risky' || suggest === 'review' || suggest === 'pass') return suggest
  if (push.isrisky === 1) return 'risky'
  // Neither version's verdict: a person should look, as for a failed text check.
  return push.isrisky === 0 ? 'pass' : 'review'
}

/** Nothing is shown with a risky image: it leaves the notice or the request (and its timeline). */
const takeOut = async (check: MediaCheckDoc, deps: Deps): Promise<void> => {
  if (!check.ownerId || !check.fileId) return
  if (check.ownerKind === 'notice') await deps.notices.removeImage(check.ownerId, check.fileId)
  if (check.ownerKind === 'request') await deps.requests.removePhoto(check.ownerId, check.fileId)
  console.warn(
    `[linli] risky image ${check.fileId} taken out of ${check.ownerKind} ${check.ownerId}`,
  )
}

/**
 * Starts one check per image and records its trace id. Starting must not fail the write it
 * follows (the notice or request is stored already), so a failure is logged for the operator.
 */
export const startMediaChecks = async (
  owner: MediaOwner,
  fileIds: readonly string[],
  caller: Caller,
  deps: Deps,
): Promise<void> => {
  if (fileIds.length === 0) return
  try {
    const urls = await deps.files.downloadUrls(fileIds)
    await Promise.all(
      [...urls].map(async ([fileId, mediaUrl]) => {
        const traceId = await deps.wechat.mediaCheckAsync({
          mediaUrl,
          openid: caller.openid,
          scene: 4,
        })
        const check: MediaCheckDoc = {
          _id: traceId,
          communityId: caller.communityId,
          ownerKind: owner.kind,
          ownerId: owner.id,
          fileId,
          status: 'pending',
          createdAt: deps.now(),
          decidedAt: null,
        }
        const { doc, created } = await deps.moderation.startMediaCheck(check)
        // The verdict came first (WeChat can be quicker than this write): act on it now.
        if (!created && doc.status === 'risky') await takeOut(check, deps)
      }),
    )
  } catch (error) {
    console.error('[linli] media check not started', error)
  }
}

/**
 * The push names only the trace id. A pending check gets its verdict once (WeChat repeats a push
 * it got no answer to); a trace id not recorded yet keeps the verdict for `startMediaChecks`.
 */
export const onMediaCheckPush = async (push: MediaCheckPush, now: Date, deps: Deps) => {
  const verdict = verdictOf(push)
  const decided = await deps.moderation.decideMediaCheck(push.trace_id, verdict, now)
  if (decided) {
    if (verdict === 'risky') await takeOut(decided, deps)
    return { traceId: push.trace_id, verdict }
  }
  await deps.moderation.startMediaCheck({
    _id: push.trace_id,
    communityId: null,
    ownerKind: null,
    ownerId: null,
    fileId: null,
    status: verdict,
    createdAt: now,
    decidedAt: now,
  })
  return { traceId: push.trace_id, verdict }
}
