// 党员名片: residents see the card and pledges; the member sets their own photo; staff award or
// withdraw 党员标兵岗 — each answer replaces the card on screen.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MemberCard } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { makeMe } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { MemberCardScreen } from './grid-members'

jest.mock('@/shared/lib/choose-photos', () => ({
  choosePhotos: jest.fn(async () => [{ path: 'blob:face', blob: new Blob(['x']) }]),
}))
jest.mock('@/shared/api/upload-photo', () => ({
  uploadPhoto: jest.fn(async (cloudPath: string) => `cloud://linli-local/${cloudPath}`),
}))

const card: MemberCard = {
  id: 'person-m1',
  name: '李建国',
  photo: null,
  kind: 'community',
  partyOrgName: '城西社区党委',
  unitName: null,
  post: { id: 'grid-1', name: '益民巷网格' },
  teams: [],
  specialties: [],
  badges: [],
}

const openAs = (me: ReturnType<typeof makeMe>, routes: Record<string, (d: unknown) => unknown>) => {
  const gateway = installFakeGateway({
    'org.me': () => okAnswer(me),
    'members.card': () => okAnswer({ card, pledges: [] }),
    ...routes,
  })
  render(<MemberCardScreen memberId="person-m1" />)
  return gateway
}

describe('MemberCardScreen', () => {
  beforeEach(() => {
    localStorage.clear()
    forgetMe()
    setDevOpenid('demo-resident')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('shows a resident the card with neither the photo tool nor the badge tool', async () => {
    openAs(makeMe(), {})
    expect((await screen.findByTestId('member-name')).textContent).toBe('李建国')
    expect(screen.queryByTestId('my-photo')).toBeNull()
    expect(screen.queryByTestId('badge-tool')).toBeNull()
    expect(screen.queryByTestId('member-photo')).toBeNull()
  })

  it('lets staff award 党员标兵岗 and shows it on the card at once', async () => {
    // GIVEN staff on a member's card without the badge
    const staff = makeMe({ personId: 'person-staff', roles: [{ role: 'staff' }] })
    const gateway = openAs(staff, {
      'members.awardBadge': (data) =>
        okAnswer({
          ...card,
          badges: (data as { awarded: boolean }).awarded ? ['pioneerPost'] : [],
        }),
    })
    // WHEN they tap 授予党员标兵岗
    fireEvent.click(await screen.findByTestId('badge-toggle'))
    // THEN the award was sent for that member and the card shows the badge
    expect((await screen.findByTestId('member-badge')).textContent).toBe('党员标兵岗')
    expect(gateway.callsTo('members.awardBadge')[0]?.data).toEqual({
      memberId: 'person-m1',
      badge: 'pioneerPost',
      awarded: true,
      clientRequestId: expect.any(String),
    })
    expect(screen.getByTestId('badge-toggle').textContent).toBe('撤销党员标兵岗')
    expect(screen.queryByTestId('my-photo')).toBeNull()
  })

  it('lets the member put an uploaded photo on their own card', async () => {
    // GIVEN the member on their own card
    const me = makeMe({ personId: 'person-m1', roles: [{ role: 'member', gridId: 'grid-1' }] })
    const gateway = openAs(me, {
      'members.setPhoto': (data) =>
        okAnswer({
          ...card,
          photo: (data as { photo: string | null }).photo && 'https://tmp/face.jpg',
        }),
    })
    // WHEN they pick a photo (it uploads into their folder) and use it
    fireEvent.click(await screen.findByTestId('add-photo'))
    await waitFor(() =>
      expect(screen.getByTestId('picked-photo-state').getAttribute('data-state')).toBe('done'),
    )
    expect(screen.queryByTestId('add-photo')).toBeNull()
    fireEvent.click(screen.getByTestId('photo-save'))
    // THEN their own upload was set and the card shows the photo
    expect((await screen.findByTestId('member-photo')).getAttribute('src')).toBe(
      'https://tmp/face.jpg',
    )
    const sent = gateway.callsTo('members.setPhoto')[0]?.data as { photo: string }
    expect(sent.photo).toMatch(/^cloud:\/\/linli-local\/members\/person-m1\/ph-[0-9a-z-]+\.jpg$/)
    expect(screen.queryByTestId('picked-photo')).toBeNull()
    expect(screen.queryByTestId('badge-tool')).toBeNull()
  })
})
