// The caller in one round trip: the person and the teams their roles name, joined by the database.
import { resolveCaller } from '../../../cloudfunctions/use-cases/caller'
import { startInProcess, type InProcess } from '../../support/in-process'

let uc: InProcess
beforeAll(async () => {
  uc = await startInProcess()
})
afterAll(() => uc.close())

describe('resolveCaller', () => {
  it("brings a captain's team (kind and name) and nothing for others", async () => {
    // GIVEN the demo captain (captain of the medical team, posted in grid 1) and a resident
    // WHEN each is resolved
    const captain = await resolveCaller('demo-captain', uc.deps)
    const resident = await resolveCaller('demo-resident', uc.deps)
    // THEN the captain's team comes with its kind and name; the resident has none
    expect(captain.captainTeams).toEqual([
      { id: 'team-medical', kind: 'medical', name: expect.any(String) },
    ])
    expect(captain.roles.map((r) => r.role).sort()).toEqual(['member', 'teamCaptain'])
    expect(resident.captainTeams).toEqual([])
    expect(resident.personId).not.toBeNull()
  })

  it('is a new, unverified user for an unknown openid, and refuses a client-written person', async () => {
    const stranger = await resolveCaller('nobody-here', uc.deps)
    expect(stranger).toMatchObject({ person: null, roles: [], captainTeams: [], verified: false })
    // A person document carrying _openid was written by a client SDK: never believed.
    await uc.db.collection('persons').add({
      _id: 'client-written',
      _openid: 'forged',
      communityId: 'chengxi',
      openid: 'forged',
      name: '假冒',
      phone: null,
      verified: true,
      roles: [{ role: 'staff' }],
      member: null,
    })
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const forged = await resolveCaller('forged', uc.deps)
    error.mockRestore()
    expect(forged).toMatchObject({ person: null, roles: [] })
  })
})
