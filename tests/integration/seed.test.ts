// The demo seed through the real SDK: written once, and a second run changes nothing.
import { seedDemoCommunity } from '../../cloudfunctions/seed/seed-database'
import { startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack() // seeds once
})
afterAll(() => stack.close())

it('is idempotent: a second seed writes nothing and the counts stay', async () => {
  // GIVEN a seeded community, and a person whose name was changed since
  const count = async (name: string) => (await stack.db.collection(name).count()).total
  const before = { persons: await count('persons'), households: await count('households') }
  await stack.db
    .collection('persons')
    .doc('person-demo-resident')
    .update({ name: '王秀兰（已改名）' })
  // WHEN the seed runs again (every start does)
  const again = await seedDemoCommunity(stack.db)
  // THEN it reports nothing seeded, and overwrote nothing
  expect(again).toEqual({ seeded: false })
  expect({ persons: await count('persons'), households: await count('households') }).toEqual(before)
  const person = await stack.db.collection('persons').doc('person-demo-resident').get()
  expect(person.data[0].name).toBe('王秀兰（已改名）')
  expect(before).toEqual({ persons: 132, households: 100 })
})
