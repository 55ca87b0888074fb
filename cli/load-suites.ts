/**
 * Reads the suite files named on the command line with the console's own
 * parser (parseSuiteFile), so a file the console would refuse is refused here
 * too, with the same per-case errors. Every file is checked before any runs.
 */
import { readFile } from 'node:fs/promises'
import { parseSuiteFile } from '@/lib/qa/suite-file'
import type { Suite } from '@/lib/qa/suite-format'

export interface LoadedSuite {
  file: string
  suite: Suite
}

export type LoadResult = { ok: true; suites: LoadedSuite[] } | { ok: false; messages: string[] }

export interface FileError {
  caseIndex: number | null
  caseName: string | null
  path: string
  message: string
}

export function formatFileErrors(file: string, errors: readonly FileError[]): string[] {
  const lines = [`${file}: not a valid suite file (${errors.length} error${errors.length === 1 ? '' : 's'})`]
  for (const e of errors) {
    const where = e.caseIndex === null ? 'suite' : `case ${e.caseIndex + 1}${e.caseName ? ` "${e.caseName}"` : ''}`
    lines.push(`  ${where}${e.path ? ` at ${e.path}` : ''}: ${e.message}`)
  }
  return lines
}

export async function loadSuites(
  files: readonly string[],
  read: (file: string) => Promise<string> = (f) => readFile(f, 'utf8'),
): Promise<LoadResult> {
  const suites: LoadedSuite[] = []
  const messages: string[] = []
  const ids = new Map<string, string>()
  for (const file of files) {
    let text: string
    try {
      text = await read(file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      messages.push(
        code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${(error as Error).message}).`,
      )
      continue
    }
    const parsed = parseSuiteFile(text)
    if (!parsed.ok) {
      messages.push(...formatFileErrors(file, parsed.errors))
      continue
    }
    // Reports and baselines key runs by suite id: two files with one id would be indistinguishable.
    const other = ids.get(parsed.suite.id)
    if (other !== undefined) {
      messages.push(`${file}: suite id "${parsed.suite.id}" is also the id of ${other}; suite ids must differ.`)
      continue
    }
    ids.set(parsed.suite.id, file)
    suites.push({ file, suite: parsed.suite })
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, suites }
}
