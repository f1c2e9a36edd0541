// One database round trip from another process, as a function makes it: SDK → HTTP → the emulator
// (no keep-alive, as in a cloud function). argv: the emulator's admin URL; IPC: { calls } → { median }.
'use strict'
const cloudbase = require('@cloudbase/node-sdk')

const [serviceUrl] = process.argv.slice(2)
const db = cloudbase.init({ env: 'linli-local', serviceUrl, keepalive: false }).database()

process.on('message', async ({ calls }) => {
  const times = []
  for (let i = 0; i < calls; i++) {
    const t = performance.now()
    await db.collection('quotas').where({ _id: 'bench-none' }).count()
    times.push(performance.now() - t)
  }
  const kept = times.slice(Math.floor(calls / 4)).sort((a, b) => a - b)
  process.send({ median: kept[Math.floor(kept.length / 2)] })
})
process.on('disconnect', () => process.exit(0))
process.send({ ready: true })
