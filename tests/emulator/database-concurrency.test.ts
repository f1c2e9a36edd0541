// Concurrency: a conditional update is atomic, so only one of many simultaneous claims wins.
import { startDbServer, type DbServer } from './helpers/db-server'
import { aRequest, freshCollection } from './helpers/factories'

let server: DbServer
beforeAll(async () => {
  server = await startDbServer()
})
afterAll(() => server.close())

it('50 concurrent where({_id, status: open}).update() claims: exactly one reports updated 1', async () => {
  // GIVEN one open request
  const requests = await freshCollection(server.app)
  await requests.add(aRequest({ _id: 'r1', status: 'open' }))
  // WHEN 50 members claim it at the same time
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      requests
        .where({ _id: 'r1', status: 'open' })
        .update({ status: 'claimed', claimedBy: `member-${i}` }),
    ),
  )
  // THEN one claim won, and the stored claimant is the winner
  const winners = results
    .map((res, i) => ({ updated: res.updated, i }))
    .filter((res) => res.updated === 1)
  expect(winners).toHaveLength(1)
  expect(results.filter((res) => res.updated !== 0 && res.updated !== 1)).toEqual([])
  const [stored] = (await requests.doc('r1').get()).data
  expect(stored).toMatchObject({ status: 'claimed', claimedBy: `member-${winners[0]?.i}` })
})

it('50 concurrent inc() updates all count', async () => {
  // GIVEN a counter at 0
  const counters = await freshCollection(server.app)
  await counters.add({ _id: 'c1', n: 0 })
  // WHEN 50 increments run at once
  await Promise.all(
    Array.from({ length: 50 }, () =>
      counters.doc('c1').update({ n: server.app.database().command.inc(1) }),
    ),
  )
  // THEN none is lost
  expect((await counters.doc('c1').get()).data).toEqual([{ _id: 'c1', n: 50 }])
})
