/**
 * Suites as files: the download of an export and the reading of an import.
 * The format itself (parse with errors per case, serialize) is the shared QA
 * library's, so the console and the CLI read the same files the same way.
 */
import { parseSuiteFile, serializeSuite, type SuiteFileError } from '@/lib/qa/suite-file'
import type { Suite } from '@/lib/qa/suite-format'

/** `Billing bot: refunds!` → `billing-bot-refunds.json`. */
export function suiteFileName(suite: Pick<Suite, 'name' | 'id'>): string {
  const slug = suite.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || suite.id}.json`
}

export function downloadSuite(suite: Suite): void {
  const blob = new Blob([serializeSuite(suite)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = suiteFileName(suite)
  document.body.append(a)
  a.click()
  a.remove()
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export type { SuiteFileError }

export type ReadSuiteFile = { ok: true; suite: Suite } | { ok: false; errors: SuiteFileError[] }

export async function readSuiteFile(file: Blob): Promise<ReadSuiteFile> {
  let text: string
  try {
    text = await file.text()
  } catch (e) {
    return {
      ok: false,
      errors: [{ caseIndex: null, caseName: null, path: '', message: `Could not read the file: ${String(e)}` }],
    }
  }
  return parseSuiteFile(text)
}
