// Process-level stop for the emulator's entry scripts: SIGINT, SIGTERM, or the parent going away.

/**
 * Closes once on the first SIGINT/SIGTERM (a second one gets Node's default: exit at once), and
 * when the parent's IPC channel ends — the start script passes one, so even a SIGKILL of the
 * parent stops the server. A close that hangs past `graceMs` exits anyway, freeing the port.
 */
export function stopOnSignals(close: () => Promise<void>, graceMs = 3000): void {
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    setTimeout(() => process.exit(1), graceMs).unref()
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  if (process.send) process.once('disconnect', stop)
}
