// A QR code as rows of runs (uqr computes the modules): each row is a few dark and light stretches,
// so the code renders as plain views — the same in the mini-program and in H5, with no canvas —
// and a row costs a handful of nodes instead of one per module.
import { encode } from 'uqr'

export interface QrRun {
  dark: boolean
  length: number
}

export const qrRows = (text: string): { size: number; rows: QrRun[][] } => {
  const qr = encode(text, { ecc: 'M', border: 2 })
  const rows = qr.data.map((row) => {
    const runs: QrRun[] = []
    for (const dark of row) {
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
    }
    return runs
  })
  return { size: qr.size, rows }
}
