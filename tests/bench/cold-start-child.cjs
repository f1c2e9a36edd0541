// One cold start: a fresh node process loads a bundle and answers one call (argv: bundle, event, context).
'use strict'
const [bundle, callEvent, context] = process.argv.slice(2)
require(bundle)
  .main(JSON.parse(callEvent), JSON.parse(context))
  .then((result) => {
    const failed = result && result.ok === false && result.error.code === 'INTERNAL'
    process.exit(failed ? 1 : 0)
  })
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
