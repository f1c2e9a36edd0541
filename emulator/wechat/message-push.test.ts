import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mediaCheckPacket, mediaVerdictOf, readPushRoutes } from './message-push'

describe('the emulated message push', () => {
  it('reads which function gets which push, and fails loudly on a broken file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-push-'))
    const file = path.join(dir, 'message-push.json')
    expect(readPushRoutes(file)).toEqual([])
    fs.writeFileSync(
      file,
      JSON.stringify({ pushes: [{ msgType: 'event', event: 'wxa_media_check', function: 'n' }] }),
    )
    expect(readPushRoutes(file)).toEqual([
      { msgType: 'event', event: 'wxa_media_check', function: 'n' },
    ])
    fs.writeFileSync(file, JSON.stringify({ pushes: [{ msgType: 'event' }] }))
    expect(() => readPushRoutes(file)).toThrow(/pushes\[0\]/)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('gives an image the verdict its name says, looking at the file name only', () => {
    expect(mediaVerdictOf('http://127.0.0.1:1/storage/notices/risky-1.png?sign=x')).toBe('risky')
    expect(mediaVerdictOf('http://127.0.0.1:1/storage/notices/needs-review.jpg')).toBe('review')
    expect(mediaVerdictOf('http://127.0.0.1:1/storage/risky/street.png')).toBe('pass')
  })

  it('builds the packet WeChat pushes for a media check (version 2)', () => {
    const at = new Date('2030-01-01T00:00:10Z')
    expect(
      mediaCheckPacket({ traceId: 't1', openid: 'o1', appid: 'wx1', suggest: 'risky', at }),
    ).toMatchObject({
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: 't1',
      FromUserName: 'o1',
      CreateTime: 1893456010,
      version: 2,
      result: { suggest: 'risky' },
    })
  })
})
