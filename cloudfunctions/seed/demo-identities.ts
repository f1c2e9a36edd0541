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
} as const

export type DemoOpenid = (typeof DEMO_OPENIDS)[keyof typeof DEMO_OPENIDS]
