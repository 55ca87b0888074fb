/**
 * Saves the mutable state to a JSON file atomically: write a temp file in the
 * same directory, fsync it, then rename over the target. A crash at any point
 * leaves either the old file or the new one, never a half-written one.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { MutableState } from './state'

let tempCounter = 0

export function saveState(file: string, state: MutableState): void {
  const dir = path.dirname(file)
  tempCounter += 1
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${tempCounter}.tmp`)
  const data = JSON.stringify(state)
  let fd: number | null = null
  try {
    fd = fs.openSync(temp, 'w', 0o600)
    fs.writeFileSync(fd, data)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = null
    fs.renameSync(temp, file)
  } catch (error) {
    if (fd !== null) fs.closeSync(fd)
    fs.rmSync(temp, { force: true })
    throw error
  }
  // Make the rename itself durable; not every platform allows opening a directory.
  try {
    const dirFd = fs.openSync(dir, 'r')
    fs.fsyncSync(dirFd)
    fs.closeSync(dirFd)
  } catch {
    /* best effort */
  }
}

function isMutableState(value: unknown): value is MutableState {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v.version === 1 &&
    typeof v.counters === 'object' &&
    ['assistants', 'apis', 'routes', 'threads', 'messages'].every((k) => Array.isArray(v[k]))
  )
}

/**
 * Loads a saved state; null when the file does not exist. A file that exists
 * but cannot be read is an error: silently reseeding would throw data away.
 * Leftover temp files from an interrupted save are never read.
 */
export function loadState(file: string): MutableState | null {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `Mock data file ${file} is not valid JSON (${(error as Error).message}). Move it away to start from the seed.`,
    )
  }
  if (!isMutableState(parsed)) throw new Error(`Mock data file ${file} does not hold mock state (version 1).`)
  return parsed
}
