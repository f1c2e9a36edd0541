import { activityDocSchema, offeringDocSchema, offeringSlotDocSchema } from '@linli/types'
import { demoActivities, demoOfferings } from './demo-services'

const now = new Date('2026-12-03T08:00:00Z')

describe('the demo offerings and activity of 城西', () => {
  it('are valid documents, with slots ahead of the seed day', () => {
    const { offerings, slots } = demoOfferings(now)
    for (const o of offerings) expect(offeringDocSchema.safeParse(o).success).toBe(true)
    for (const s of slots) {
      expect(offeringSlotDocSchema.safeParse(s).success).toBe(true)
      expect(s.startsAt.getTime()).toBeGreaterThan(now.getTime())
      expect(s.endsAt.getTime()).toBeGreaterThan(s.startsAt.getTime())
      expect(offerings.map((o) => o._id)).toContain(s.offeringId)
    }
    const [lecture] = demoActivities(now)
    expect(activityDocSchema.safeParse(lecture).success).toBe(true)
    expect(lecture?.signUpDeadline.getTime()).toBeLessThan(lecture?.startsAt.getTime() ?? 0)
  })

  it('has demo-captain’s team and demo-unit-liaison’s unit among the providers', () => {
    const { offerings } = demoOfferings(now)
    const byPublisher = (id: string) => offerings.find((o) => o.publishedBy === id)?.provider
    expect(byPublisher('person-demo-captain')).toMatchObject({ kind: 'team', id: 'team-medical' })
    expect(byPublisher('person-demo-unit-liaison')).toMatchObject({ kind: 'unit', id: 'unit-1' })
    expect(new Set(offerings.map((o) => o.audience.kind))).toEqual(
      new Set(['everyone', 'grid', 'elderly']),
    )
  })

  it('puts slots at China wall-clock times', () => {
    const { slots } = demoOfferings(now)
    expect(slots[0]?.startsAt.toISOString()).toBe('2026-12-05T01:00:00.000Z')
  })
})
