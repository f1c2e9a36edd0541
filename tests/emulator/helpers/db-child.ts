// Child process for the durability test: serves the database in <dataDir>, prints "READY <pid> <url>".
import { startDbServer } from './db-server'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: db-child.ts <dataDir>')
// The pid is this process's own: tsx runs the script in a child of its wrapper, and kill -9 must hit
// the process that holds the database, not the wrapper.
void startDbServer({ dataDir }).then((server) =>
  process.stdout.write(`READY ${process.pid} ${server.url}\n`),
)
