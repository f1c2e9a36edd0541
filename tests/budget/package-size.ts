// Measures a built mini-program's main package: every file under its root except subpackage roots.
import fs from 'node:fs'
import path from 'node:path'

interface AppJson {
  subPackages?: { root: string }[]
  subpackages?: { root: string }[]
}

export interface PackageSize {
  bytes: number
  files: number
  largest: { file: string; bytes: number }[]
}

/** Subpackage roots from app.json (WeChat accepts both spellings). */
export const subpackageRoots = (distDir: string): string[] => {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) =>
    path.normalize(p.root).replace(/[\\/]+$/, ''),
  )
}

const listFiles = (dir: string, root: string, skip: string[]): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    const relative = path.relative(root, full)
    if (skip.includes(relative)) return []
    return entry.isDirectory() ? listFiles(full, root, skip) : [relative]
  })

export const measureMainPackage = (distDir: string): PackageSize => {
  const files = listFiles(distDir, distDir, subpackageRoots(distDir))
  const sized = files.map((file) => ({ file, bytes: fs.statSync(path.join(distDir, file)).size }))
  return {
    bytes: sized.reduce((sum, f) => sum + f.bytes, 0),
    files: sized.length,
    largest: [...sized].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  }
}
