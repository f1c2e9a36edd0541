// Size budget: the weapp main package (dist/weapp minus subpackages) stays within 600 KB.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureMainPackage } from './package-size'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const BUDGET_KB = 600

const kb = (bytes: number): string => (bytes / 1024).toFixed(1)

const makeFixture = (files: Record<string, string>): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-size-'))
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

describe('weapp main package size', () => {
  it('counts every file except those under subpackage roots', () => {
    // GIVEN a build with one subpackage
    const dir = makeFixture({
      'app.json': JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'sub/' }] }),
      'app.js': 'x'.repeat(100),
      'pages/index/index.js': 'y'.repeat(50),
      'sub/pages/a/index.js': 'z'.repeat(1000),
    })

    // WHEN the main package is measured
    const size = measureMainPackage(dir)

    // THEN the subpackage is left out and everything else is in
    const appJsonBytes = fs.statSync(path.join(dir, 'app.json')).size
    expect(size.bytes).toBe(appJsonBytes + 150)
    expect(size.files).toBe(3)
  })

  it(`is at most ${BUDGET_KB} KB`, () => {
    // GIVEN the weapp build output
    if (!fs.existsSync(path.join(DIST, 'app.json'))) {
      throw new Error(
        `dist/weapp is missing (${DIST}): run \`npm run build:weapp\` before the budget test`,
      )
    }

    // WHEN its main package is measured
    const size = measureMainPackage(DIST)
    const largest = size.largest.map((f) => `${f.file} ${kb(f.bytes)} KB`).join(', ')
    console.log(
      `weapp main package: ${kb(size.bytes)} KB in ${size.files} files (budget ${BUDGET_KB} KB); largest: ${largest}`,
    )

    // THEN it fits the budget
    expect(size.bytes).toBeLessThanOrEqual(BUDGET_KB * 1024)
  })
})
