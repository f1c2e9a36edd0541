// 议事会 helpers for tests: a meeting's input, and one recorded by staff.
import { key } from './drive'
import { dataOf, type Stack } from './stack'

export const aMeeting = (extra: Record<string, unknown> = {}) => ({
  topic: '益民巷环境整治议事会',
  heldOn: '2026-11-20',
  participants: [{ kind: 'unit', id: 'unit-1', name: '市住建局' }],
  gridIds: ['grid-1'],
  decisions: [
    {
      text: '安装路灯 28 盏',
      owner: { kind: 'unit', id: 'unit-1', name: '市住建局' },
      dueOn: '2026-12-31',
    },
  ],
  clientRequestId: key(),
  ...extra,
})

/** A meeting of grid 1 recorded by staff: its id. */
export const recordedMeeting = async (stack: Stack): Promise<string> =>
  dataOf(await stack.call('meetings', 'record', aMeeting(), 'demo-staff')).id
