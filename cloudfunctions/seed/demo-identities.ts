// The fixed sign-in openids for local use (issue 3): who each demo identity is.
export const DEMO_OPENIDS = {
  resident: 'demo-resident',
  resident2: 'demo-resident-2',
  residentFar: 'demo-resident-far',
  member: 'demo-member',
  member2: 'demo-member-2',
  gridLeader: 'demo-grid-leader',
  gridLeader2: 'demo-grid-leader-2',
  staff: 'demo-staff',
  /** Liaison of 市住建局, a 驻区单位 that receives transferred requests. */
  unitLiaison: 'demo-unit-liaison',
  /** Captain of the 医疗 volunteer team, posted in grid 1. */
  captain: 'demo-captain',
  /** A WeChat user the community has not verified into a household: no person document. */
  newcomer: 'demo-newcomer',
  /** An in-service Party member of a 驻区单位 who has not registered (双报到) yet. */
  inService: 'demo-inservice',
} as const

export type DemoOpenid = (typeof DEMO_OPENIDS)[keyof typeof DEMO_OPENIDS]
