// field() projection as MongoDB's find applies it: inclusion or exclusion, $slice and $elemMatch.
import { badRequest } from '../protocol/errors'
import { deepClone, isPlainObject, toNumber } from './bson-values'
import { compileFilter } from './matcher'
import { splitPath } from './paths'
import { sliceArray } from './slice'

type Doc = Record<string, unknown>
type PathTree = Map<string, PathTree | true>

interface ParsedProjection {
  inclusion: boolean
  paths: PathTree
  keepId: boolean
  slices: Array<{ parts: string[]; arg: unknown }>
  elemMatches: Array<{ field: string; test: (doc: Doc) => boolean }>
}

function addPath(tree: PathTree, parts: string[]): void {
  let node = tree
  parts.forEach((part, i) => {
    if (i === parts.length - 1) return void node.set(part, true)
    const next = node.get(part)
    if (next === true) return
    const child: PathTree = next ?? new Map()
    node.set(part, child)
    node = child
  })
}

function flatten(spec: Doc, prefix: string, out: Array<[string, unknown]>): void {
  for (const [key, value] of Object.entries(spec)) {
    const path = prefix ? `${prefix}.${key}` : key
    const nested = isPlainObject(value) && !Object.keys(value).some((k) => k.startsWith('$'))
    if (nested) flatten(value, path, out)
    else out.push([path, value])
  }
}

/** 1/true include, 0/false exclude (the SDK turns field({a: true}) into {a: 1}). */
export function isIncluded(value: unknown): boolean {
  return typeof value === 'boolean' ? value : Boolean(toNumber(value))
}

function parse(spec: Doc): ParsedProjection {
  const parsed: ParsedProjection = {
    inclusion: false,
    paths: new Map(),
    keepId: true,
    slices: [],
    elemMatches: [],
  }
  const entries: Array<[string, unknown]> = []
  flatten(spec, '', entries)
  let includes = 0
  let excludes = 0
  for (const [path, value] of entries) {
    if (isPlainObject(value) && '$slice' in value) {
      parsed.slices.push({ parts: splitPath(path), arg: value.$slice })
    } else if (isPlainObject(value) && '$elemMatch' in value) {
      parsed.elemMatches.push({ field: path, test: compileFilter(value.$elemMatch) })
      includes++
    } else if (isPlainObject(value)) {
      throw badRequest(`unsupported projection option: ${path}`)
    } else if (path === '_id') {
      parsed.keepId = isIncluded(value)
    } else {
      if (isIncluded(value)) includes++
      else excludes++
      addPath(parsed.paths, splitPath(path))
    }
  }
  if (includes > 0 && excludes > 0) {
    throw badRequest('Projection cannot have a mix of inclusion and exclusion')
  }
  parsed.inclusion = includes > 0
  return parsed
}

function include(value: unknown, tree: PathTree | true): unknown {
  if (tree === true) return deepClone(value)
  if (Array.isArray(value)) {
    return value
      .filter((item) => isPlainObject(item) || Array.isArray(item))
      .map((item) => include(item, tree))
  }
  if (!isPlainObject(value)) return undefined
  const out: Doc = {}
  for (const [key, sub] of tree) {
    if (!(key in value)) continue
    const projected = include(value[key], sub)
    if (projected !== undefined) out[key] = projected
  }
  return out
}

function exclude(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value)) return value.map((item) => exclude(item, tree))
  if (!isPlainObject(value)) return deepClone(value)
  const out: Doc = {}
  for (const [key, item] of Object.entries(value)) {
    const sub = tree.get(key)
    if (sub === true) continue
    out[key] = sub ? exclude(item, sub) : deepClone(item)
  }
  return out
}

function applySlice(doc: Doc, parts: string[], arg: unknown): void {
  let parent: unknown = doc
  for (const part of parts.slice(0, -1)) parent = isPlainObject(parent) ? parent[part] : undefined
  const last = parts[parts.length - 1] as string
  if (isPlainObject(parent) && Array.isArray(parent[last])) {
    parent[last] = sliceArray(parent[last] as unknown[], arg)
  }
}

function project(doc: Doc, p: ParsedProjection): Doc {
  let out: Doc
  if (p.inclusion) {
    out = include(doc, p.paths) as Doc
    if (p.keepId && '_id' in doc) out = { _id: doc._id, ...out }
  } else {
    out = exclude(doc, p.paths) as Doc
    if (!p.keepId) delete out._id
  }
  for (const { field, test } of p.elemMatches) {
    const source = doc[field]
    const match = Array.isArray(source)
      ? source.find((item) => isPlainObject(item) && test(item))
      : undefined
    if (match === undefined) delete out[field]
    else out[field] = [deepClone(match)]
  }
  for (const { parts, arg } of p.slices) applySlice(out, parts, arg)
  return out
}

/** Returns undefined for an empty projection (the whole document is returned). */
export function compileProjection(spec: unknown): ((doc: Doc) => Doc) | undefined {
  if (spec === undefined || spec === null) return undefined
  if (!isPlainObject(spec)) throw badRequest('projection must be an object')
  if (Object.keys(spec).length === 0) return undefined
  const parsed = parse(spec)
  return (doc) => project(doc, parsed)
}

/** Where the JSON value starting at `i` ends (exclusive); `text` is well-formed JSON. */
function valueEnd(text: string, i: number): number {
  let depth = 0
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x22 /* " */) {
      // Skip the string, escapes included.
      for (j++; text.charCodeAt(j) !== 0x22; j++) if (text.charCodeAt(j) === 0x5c) j++
      if (depth === 0) return j + 1
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth === 0) return j
      depth--
      if (depth === 0) return j + 1
    } else if (c === 0x2c /* , */ && depth === 0) return j
  }
  return text.length
}

/**
 * The common list projection, top-level fields included by name, cut out of a stored body as
 * text: bodies are canonical EJSON written by JSON.stringify (no whitespace), each top-level value
 * under its own key, so no EJSON (nor even JSON) decoding is needed. undefined for any other
 * projection (use compileProjection).
 */
export function compileBodyProjection(spec: unknown): ((body: string) => string) | undefined {
  if (!isPlainObject(spec)) return undefined
  const wanted = new Set<string>(['_id'])
  for (const [key, value] of Object.entries(spec)) {
    if (key.includes('.') || key.startsWith('$') || (typeof value === 'object' && value !== null))
      return undefined
    if (key === '_id') {
      if (!isIncluded(value)) wanted.delete('_id')
    } else if (isIncluded(value)) wanted.add(key)
    else return undefined
  }
  if (wanted.size === (wanted.has('_id') ? 1 : 0)) return undefined
  return (body) => {
    const kept: string[] = []
    let i = 1 // after "{"
    while (i < body.length && body.charCodeAt(i) === 0x22) {
      const keyEnd = valueEnd(body, i)
      const raw = body.slice(i + 1, keyEnd - 1)
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
      const end = valueEnd(body, keyEnd + 1) // after ":"
      if (wanted.has(key)) kept.push(body.slice(i, end))
      i = end + 1 // after "," (or past the closing "}")
    }
    return `{${kept.join(',')}}`
  }
}
