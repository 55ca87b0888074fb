/**
 * The command line of `npm run suite`: what it accepts, what it means, and a
 * usage error (exit 2) with one clear sentence for anything else. Credentials
 * may also come from the environment, so CI secrets need not sit in a command.
 */
import { parseArgs } from 'node:util'
import { CONNECTION_FLAGS, credentialsFrom, type Credentials } from './credentials'

export const USAGE = `Usage: npm run suite -- <suite.json>... [options]

Runs QA suites (suite format v1, see suites/README.md) and exits 0 when every
case passes, 1 when any case fails (flaky and errored cases count as failed),
2 for usage, file or connection errors.

Without --base-url the embedded mock (seeded demo data) is started in-process.

Options:
  --base-url URL          Deepdesk account to test, e.g. https://acme.staging.deepdesk.com
  --client-id ID          OAuth client id     (or DEEPDESK_CLIENT_ID)
  --client-secret SECRET  OAuth client secret (or DEEPDESK_CLIENT_SECRET)
  --token TOKEN           a bearer token instead of client credentials (or DEEPDESK_TOKEN)
  --repeat N              run each case N times to expose flaky cases (default: the suite's, else 1)
  --concurrency N         runs in flight at once (default: the suite's, else 2)
  --junit FILE            write JUnit XML (one testcase per case and repetition)
  --json FILE             write the suite runs as JSON
  -h, --help              show this help`

export interface CliOptions {
  files: string[]
  /** null: start the embedded mock. */
  baseUrl: string | null
  credentials: Credentials | null
  repeat: number | null
  concurrency: number | null
  junit: string | null
  json: string | null
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage'; message: string }

export const MAX_REPEAT = 100
export const MAX_CONCURRENCY = 16

function positiveInt(flag: string, value: string | undefined, max: number): number | null | string {
  if (value === undefined) return null
  const n = Number(value)
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1 || n > max)
    return `${flag} must be a whole number from 1 to ${max}, got "${value}".`
  return n
}

function validUrl(value: string): string | null {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? null
      : `--base-url must be an http(s) URL, got "${value}".`
  } catch {
    return `--base-url must be a URL such as https://acme.deepdesk.com, got "${value}".`
  }
}

export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...CONNECTION_FLAGS,
        repeat: { type: 'string' },
        concurrency: { type: 'string' },
        junit: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    // node:util's messages name the flag ("Unknown option '--x'"); keep them, add where to look.
    return { kind: 'usage', message: `${(error as Error).message.replace(/\. To specify.*$/s, '.')}` }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (positionals.length === 0)
    return { kind: 'usage', message: 'No suite file given, e.g. npm run suite -- suites/demo.json' }

  const repeat = positiveInt('--repeat', values.repeat, MAX_REPEAT)
  if (typeof repeat === 'string') return { kind: 'usage', message: repeat }
  const concurrency = positiveInt('--concurrency', values.concurrency, MAX_CONCURRENCY)
  if (typeof concurrency === 'string') return { kind: 'usage', message: concurrency }

  const baseUrl = values['base-url'] ?? null
  if (baseUrl !== null) {
    const invalid = validUrl(baseUrl)
    if (invalid) return { kind: 'usage', message: invalid }
  }
  const credentials = credentialsFrom(values, baseUrl === null ? {} : env)
  if (typeof credentials === 'string') return { kind: 'usage', message: credentials }
  if (baseUrl === null && credentials !== null)
    return {
      kind: 'usage',
      message: 'Credentials need --base-url: without it the embedded mock runs with its own demo client.',
    }
  if (baseUrl !== null && credentials === null)
    return {
      kind: 'usage',
      message:
        '--base-url needs credentials: --client-id and --client-secret, or --token (or DEEPDESK_CLIENT_ID and DEEPDESK_CLIENT_SECRET, or DEEPDESK_TOKEN).',
    }
  for (const flag of ['junit', 'json'] as const)
    if (values[flag] === '') return { kind: 'usage', message: `--${flag} needs a file name.` }

  return {
    kind: 'run',
    options: {
      files: positionals,
      baseUrl,
      credentials,
      repeat,
      concurrency,
      junit: values.junit ?? null,
      json: values.json ?? null,
    },
  }
}
