// A started group stops whole: its leader and the processes the leader forked.
import { isGone, processTree } from './process-tree'
import { startGroup } from './process-group'

/** A leader that forks a worker (as taro's webpack does), both waiting forever. */
const LEADER = `
  require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  ${'process.on("SIGTERM", () => { if (process.env.IGNORE_TERM !== "1") process.exit(0) })'}
  setInterval(() => {}, 1000)
`

const treeOf = async (pid: number, size: number): Promise<number[]> => {
  for (;;) {
    const pids = processTree(pid).map((p) => p.pid)
    if (pids.length >= size) return pids
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

it('SIGTERM reaches the leader and its workers', async () => {
  // GIVEN a running group of a leader and one worker
  const group = startGroup(process.execPath, ['-e', LEADER], { stdio: 'ignore' })
  const pids = await treeOf(group.child.pid ?? 0, 2)
  // WHEN it is stopped
  const started = Date.now()
  await group.stop(2000)
  // THEN both are gone, well before the grace period would have forced them
  expect(pids).toHaveLength(2)
  expect(pids.filter((pid) => !isGone(pid))).toEqual([])
  expect(Date.now() - started).toBeLessThan(1500)
})

it('SIGKILLs a group that ignores SIGTERM once the grace period is over', async () => {
  // GIVEN a leader that ignores SIGTERM
  const group = startGroup(process.execPath, ['-e', LEADER], {
    stdio: 'ignore',
    env: { ...process.env, IGNORE_TERM: '1' },
  })
  const pids = await treeOf(group.child.pid ?? 0, 2)
  // WHEN it is stopped with a 300 ms grace
  const code = await group.stop(300)
  // THEN it was killed (128 + 9) and nothing is left
  expect(code).toBe(137)
  expect(pids.filter((pid) => !isGone(pid))).toEqual([])
})
