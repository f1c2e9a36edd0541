// Child-process bootstrap: loads one built function bundle and runs main(event, context) per IPC call.
//
// Plain CommonJS on purpose: it runs under bare `node`, as a bundle does on CloudBase, with no
// TypeScript loader or test framework in the process. Messages are described in protocol.ts.
'use strict'

const entry = process.argv[2]

/** @param {unknown} error */
function describeError(error) {
  if (error instanceof Error) return error.stack || `${error.name}: ${error.message}`
  return String(error)
}

/** @param {unknown} error */
function oneLine(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

/** @param {object} message */
function send(message) {
  if (process.connected) process.send(message)
}

// The host closing the channel (emulator closed, or it crashed) ends this instance.
process.on('disconnect', () => process.exit(0))
// Node 20 would exit on an unawaited rejection; CloudBase logs it and the instance lives on.
process.on('unhandledRejection', (reason) => {
  console.error(`[unhandledRejection] ${describeError(reason)}`)
})

let main
try {
  main = require(entry).main
  if (typeof main !== 'function') throw new Error(`${entry} does not export a main function`)
} catch (error) {
  // The stack goes to the log; the caller gets one line.
  console.error(describeError(error))
  const message = `${process.env.SCF_FUNCTIONNAME} failed to load: ${oneLine(error)}`
  process.send({ type: 'load-error', message }, () => process.exit(1))
  return
}

/** @param {{ id: number, event: unknown, context: object }} call */
async function run({ id, event, context }) {
  let value
  try {
    value = await main(event, context)
  } catch (error) {
    console.error(describeError(error))
    send({
      type: 'result',
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    })
    return
  }
  let json
  try {
    // CloudBase answers `null` for a function that returns nothing.
    json = JSON.stringify(value === undefined ? null : value) ?? 'null'
  } catch (error) {
    send({ type: 'result', id, ok: false, message: `the result is not JSON: ${oneLine(error)}` })
    return
  }
  send({ type: 'result', id, ok: true, json })
}

process.on('message', (message) => {
  if (message && message.type === 'invoke') void run(message)
})
send({ type: 'ready' })
