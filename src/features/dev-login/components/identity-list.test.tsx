// Local sign-in: choosing a demo identity stores its openid and restarts at 首页.
import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { getDevOpenid } from '@/shared/api/dev-identity'
import { DEMO_IDENTITIES } from '../demo-identities'
import { IdentityList } from './identity-list'

describe('IdentityList', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => jest.restoreAllMocks())

  it('lists every demo identity and signs in as the one chosen', () => {
    // GIVEN the sign-in page
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<IdentityList />)
    expect(screen.getAllByTestId(/^identity-demo-/)).toHaveLength(DEMO_IDENTITIES.length)

    // WHEN the grid leader identity is chosen
    fireEvent.click(screen.getByTestId('identity-demo-grid-leader'))

    // THEN its openid is what the client will send, and the app restarts at 首页
    expect(getDevOpenid()).toBe('demo-grid-leader')
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})
