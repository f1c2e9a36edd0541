// The media check's verdict, on in-memory stand-ins: a risky image leaves its owner once, a repeated
// push changes nothing, a verdict that comes before the check was recorded is kept and applied.
import type { MediaCheckDoc } from '@linli/types'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { asMediaCheckPush, onMediaCheckPush, startMediaChecks } from './media-checks'

const NOW = new Date('2030-01-01T00:00:00Z')
const push = (traceId: string, suggest: string) => ({
  MsgType: 'event' as const,
  Event: 'wxa_media_check' as const,
  trace_id: traceId,
  result: { suggest },
})

const world = () => {
  const checks = new Map<string, MediaCheckDoc>()
  const removed: string[] = []
  let nextTrace = 1
  const deps = {
    now: () => NOW,
    moderation: {
      startMediaCheck: async (doc: MediaCheckDoc) => {
        const found = checks.get(doc._id)
        if (found) return { doc: found, created: false }
        checks.set(doc._id, doc)
        return { doc, created: true }
      },
      decideMediaCheck: async (id: string, status: MediaCheckDoc['status'], at: Date) => {
        const found = checks.get(id)
        if (!found || found.status !== 'pending') return null
        const decided = { ...found, status, decidedAt: at }
        checks.set(id, decided)
        return decided
      },
    },
    notices: {
      removeImage: async (id: string, file: string) => void removed.push(`${id}/${file}`),
    },
    requests: {
      removePhoto: async (id: string, file: string) => void removed.push(`${id}/${file}`),
    },
    files: {
      downloadUrls: async (ids: readonly string[]) =>
        new Map(ids.map((id) => [id, `https://x/${id}`])),
    },
    wechat: { mediaCheckAsync: async () => `trace-${nextTrace++}` },
  } as unknown as Deps
  const caller = { openid: 'o1', communityId: 'c1' } as Caller
  return { deps, caller, checks, removed }
}

describe('the media check', () => {
  it('recognises only a wxa_media_check packet with a trace id', () => {
    expect(asMediaCheckPush(push('t', 'risky'))).not.toBeNull()
    expect(asMediaCheckPush({ ...push('t', 'risky'), Event: 'user_enter_tempsession' })).toBeNull()
    expect(asMediaCheckPush({ ...push('', 'risky') })).toBeNull()
    expect(asMediaCheckPush({ action: 'inbox' })).toBeNull()
  })

  it('takes a risky image out of its notice once; a pass and a repeated push change nothing', async () => {
    const w = world()
    await startMediaChecks({ kind: 'notice', id: 'n1' }, ['f-bad', 'f-ok'], w.caller, w.deps)
    const traceOf = (file: string) => [...w.checks.values()].find((c) => c.fileId === file)?._id
    await onMediaCheckPush(push(traceOf('f-bad') ?? '', 'risky'), NOW, w.deps)
    await onMediaCheckPush(push(traceOf('f-ok') ?? '', 'pass'), NOW, w.deps)
    await onMediaCheckPush(push(traceOf('f-bad') ?? '', 'risky'), NOW, w.deps)
    expect(w.removed).toEqual(['n1/f-bad'])
  })

  it('keeps a verdict that came first, and applies it when the check is recorded', async () => {
    const w = world()
    // trace-1 is what the next mediaCheckAsync answers: its push arrives before the record
    expect(await onMediaCheckPush(push('trace-1', 'risky'), NOW, w.deps)).toEqual({
      traceId: 'trace-1',
      verdict: 'risky',
    })
    expect(w.removed).toEqual([])
    await startMediaChecks({ kind: 'request', id: 'r1' }, ['f-photo'], w.caller, w.deps)
    expect(w.removed).toEqual(['r1/f-photo'])
  })

  it('reads version 1 (isrisky) and asks a person when neither verdict is there', async () => {
    const w = world()
    const v1 = { MsgType: 'event' as const, Event: 'wxa_media_check' as const, trace_id: 'a' }
    expect((await onMediaCheckPush({ ...v1, isrisky: 1 }, NOW, w.deps)).verdict).toBe('risky')
    expect(
      (await onMediaCheckPush({ ...v1, trace_id: 'b', isrisky: 0 }, NOW, w.deps)).verdict,
    ).toBe('pass')
    expect((await onMediaCheckPush({ ...v1, trace_id: 'c' }, NOW, w.deps)).verdict).toBe('review')
  })
})
