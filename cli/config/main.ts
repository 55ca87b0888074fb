/**
 * `npm run config`: export an account as a bundle, plan a bundle against an
 * account, apply that plan. The same differ, planner and applier as the
 * console's environment promotion (src/lib/account). Streams, environment and
 * signal are passed in, so tests run it in-process.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { ApiClient } from '@/api/http-client'
import { applyPlan } from '@/lib/account/apply'
import { bundleToSnapshot, parseBundle, resolveSecrets, serializeBundle, toBundle } from '@/lib/account/bundle'
import type { AccountSnapshot } from '@/lib/account/model'
import { buildPlan, planChanges } from '@/lib/account/plan'
import { readSnapshot, withSecrets } from '@/lib/account/read-snapshot'
import { checkConnection, clientFor, ConnectionError } from '../connect'
import { parseConfigArgs, secretLookup, secretEnvName, USAGE, type ConfigOptions } from './args'
import { formatPlan, formatReport } from './print'

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_UNUSABLE = 2
export const EXIT_CHANGES = 3

interface Output {
  write: (text: string) => unknown
}

export interface ConfigCliEnvironment {
  stdout: Output
  stderr: Output
  env?: Record<string, string | undefined>
  signal?: AbortSignal
}

class Unusable extends Error {}

function warnProblems(snapshot: AccountSnapshot, io: ConfigCliEnvironment): void {
  for (const p of snapshot.problems) io.stderr.write(`warning: ${snapshot.label}: ${p.kind} ${p.key}: ${p.message}\n`)
}

async function runExport(options: ConfigOptions, client: ApiClient, io: ConfigCliEnvironment): Promise<number> {
  const snapshot = await readSnapshot(client, { label: client.baseUrl, ...(io.signal ? { signal: io.signal } : {}) })
  warnProblems(snapshot, io)
  for (const { kind, key } of options.only) {
    const list = kind === 'api' ? snapshot.apis : kind === 'assistant' ? snapshot.assistants : []
    const found = kind === 'route' ? snapshot.routes.some((r) => r.key === key) : list.some((i) => i.code === key)
    if (!found) throw new Unusable(`--only ${kind}:${key}: ${client.baseUrl} has no such ${kind}.`)
  }
  const bundle = toBundle(snapshot, options.only.length > 0 ? options.only : 'all')
  const text = serializeBundle(bundle)
  if (options.out) {
    await mkdir(dirname(options.out), { recursive: true })
    await writeFile(options.out, text, 'utf8')
  } else io.stdout.write(text)
  io.stderr.write(
    `Exported ${bundle.apis.length} APIs, ${bundle.assistants.length} assistants, ${bundle.routes.length} routes` +
      `${options.out ? ` to ${options.out}` : ''} (header values as placeholders).\n`,
  )
  return EXIT_OK
}

async function loadBundle(file: string) {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Unusable(`Cannot read ${file}: ${(error as Error).message}`)
  }
  const parsed = parseBundle(text)
  const errors = parsed.errors.map((e) => `  ${e.where}: ${e.message}`).join('\n')
  if (!parsed.ok) throw new Unusable(`${file} is not a usable bundle:\n${errors}`)
  // A bundle read in part would plan a partial change as if it were the whole: refuse it.
  if (parsed.errors.length > 0)
    throw new Unusable(`${file} has items that cannot be read (nothing planned):\n${errors}`)
  return parsed.bundle
}

async function runPlanOrApply(options: ConfigOptions, client: ApiClient, io: ConfigCliEnvironment): Promise<number> {
  const file = options.file ?? ''
  const bundle = await loadBundle(file)
  const { secrets, missing } = resolveSecrets(bundle, secretLookup(options.secrets, io.env ?? {}))
  const source = await withSecrets(
    bundleToSnapshot(bundle, `${file}${bundle.source ? ` (from ${bundle.source})` : ''}`),
    secrets,
  )
  const target = await readSnapshot(client, { label: client.baseUrl, ...(io.signal ? { signal: io.signal } : {}) })
  warnProblems(target, io)
  const plan = buildPlan(source, target, 'all')
  io.stdout.write(formatPlan(plan))
  const needed = new Set(plan.steps.flatMap((s) => (s.needsSecrets ?? []).map((h) => `${s.key}\n${h}`)))
  for (const m of missing)
    if (m.name !== null && needed.has(`${m.api}\n${m.header}`))
      io.stderr.write(
        `note: no value for \${secret:${m.name}} (--secret ${m.name}=… or ${secretEnvName(m.name)}): ${m.api} is written without ${m.header}.\n`,
      )
  const changes = planChanges(plan)
  if (options.command === 'plan') return changes > 0 ? EXIT_CHANGES : EXIT_OK
  if (changes === 0) {
    io.stdout.write('\nNothing to apply.\n')
    return EXIT_OK
  }
  io.stdout.write(`\nApplying to ${client.baseUrl}…\n`)
  const report = await applyPlan(plan, source, { client }, { secrets, ...(io.signal ? { signal: io.signal } : {}) })
  io.stdout.write(`\n${formatReport(report)}`)
  return report.steps.every((s) => s.outcome.status === 'done') ? EXIT_OK : EXIT_FAILED
}

export async function main(argv: readonly string[], io: ConfigCliEnvironment): Promise<number> {
  const parsed = parseConfigArgs(argv, io.env ?? {})
  if (parsed.kind === 'help') {
    io.stdout.write(`${USAGE}\n`)
    return EXIT_OK
  }
  if (parsed.kind === 'usage') {
    io.stderr.write(`${parsed.message}\nRun with --help for usage.\n`)
    return EXIT_UNUSABLE
  }
  const { options } = parsed
  if (options.command === 'apply' && !options.yes) {
    io.stderr.write(`apply writes to ${options.baseUrl}: review the plan (npm run config -- plan …), then add --yes.\n`)
    return EXIT_UNUSABLE
  }
  try {
    const client = clientFor(options.baseUrl, options.credentials)
    await checkConnection(client, io.signal)
    return options.command === 'export'
      ? await runExport(options, client, io)
      : await runPlanOrApply(options, client, io)
  } catch (error) {
    if (error instanceof Unusable || error instanceof ConnectionError) {
      io.stderr.write(`${error.message}\n`)
      return EXIT_UNUSABLE
    }
    io.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_UNUSABLE
  }
}
