/**
 * The command line of `npm run config`: export, plan and apply of bundles.
 * Anything it does not understand is a usage error (exit 2) with one sentence.
 * Credentials and header values may come from the environment, so CI secrets
 * need not sit in a command line.
 */
import { parseArgs } from 'node:util'
import { CONNECTION_FLAGS, credentialsFrom, type Credentials } from '../credentials'
import type { ItemKind } from '@/lib/account/model'

export const USAGE = `Usage:
  npm run config -- export --base-url URL [auth] [--out FILE] [--only KIND:KEY]...
  npm run config -- plan FILE --base-url URL [auth] [--secret NAME=VALUE]...
  npm run config -- apply FILE --base-url URL [auth] --yes [--secret NAME=VALUE]...

export  writes the account's APIs, assistants and routes as a bundle (JSON, format
        assistants-console/bundle v1, schema in contract/bundle.schema.json) to FILE
        or stdout. Header values are never exported: each is a placeholder
        \${secret:<api code>/<header>}.
plan    compares a bundle with the account and prints what apply would do.
        Exit 0: nothing would change; 3: something would.
apply   applies that plan (only with --yes) and prints each item's outcome.
        Exit 0: all done; 1: a step failed or was skipped (run it again to apply
        what is left).

Auth (as npm run suite):
  --client-id ID --client-secret SECRET   (or DEEPDESK_CLIENT_ID, DEEPDESK_CLIENT_SECRET)
  --token TOKEN                           (or DEEPDESK_TOKEN)

Options:
  --base-url URL        the Deepdesk account, e.g. https://acme.deepdesk.com
  --out FILE            export: write the bundle here instead of stdout
  --only KIND:KEY       export: only this item (api:CODE, assistant:CODE), with what it needs; repeatable
  --secret NAME=VALUE   a header value for the placeholder \${secret:NAME}; repeatable.
                        Or the environment: CONFIG_SECRET_<NAME in capitals, other characters as _>,
                        e.g. CONFIG_SECRET_DEMO_CRM_X_API_KEY for demo-crm/X-Api-Key.
                        Placeholders without a value: the API is created without that header (flagged).
  --yes                 apply: really write
  -h, --help            show this help

Exit codes: 0 done / no changes, 1 a step failed, 2 usage, file or connection error, 3 plan has changes.`

export interface ConfigOptions {
  command: 'export' | 'plan' | 'apply'
  file: string | null
  baseUrl: string
  credentials: Credentials
  out: string | null
  only: { kind: ItemKind; key: string }[]
  secrets: Record<string, string>
  yes: boolean
}

export type ParsedConfigArgs =
  { kind: 'run'; options: ConfigOptions } | { kind: 'help' } | { kind: 'usage'; message: string }

const KINDS: readonly ItemKind[] = ['api', 'assistant', 'route']

export function parseConfigArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ParsedConfigArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...CONNECTION_FLAGS,
        out: { type: 'string' },
        only: { type: 'string', multiple: true },
        secret: { type: 'string', multiple: true },
        yes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  const [command, file, ...rest] = positionals
  if (command !== 'export' && command !== 'plan' && command !== 'apply')
    return {
      kind: 'usage',
      message: command ? `Unknown command "${command}".` : 'Name a command: export, plan or apply.',
    }
  if (command === 'export' && file !== undefined)
    return { kind: 'usage', message: `export takes no file ("${file}"); use --out.` }
  if (command !== 'export' && file === undefined) return { kind: 'usage', message: `${command} needs a bundle file.` }
  if (rest.length > 0) return { kind: 'usage', message: `Unexpected argument "${rest[0]}".` }
  const baseUrl = values['base-url']
  if (!baseUrl) return { kind: 'usage', message: '--base-url is required.' }
  if (!/^https?:\/\/[^/]/.test(baseUrl))
    return { kind: 'usage', message: `--base-url must be an http(s) URL, got "${baseUrl}".` }
  const credentials =
    credentialsFrom(values, env) ??
    'Credentials needed: --client-id and --client-secret, or --token (or DEEPDESK_* variables).'
  if (typeof credentials === 'string') return { kind: 'usage', message: credentials }
  if (command !== 'export' && (values.out !== undefined || values.only !== undefined))
    return { kind: 'usage', message: '--out and --only belong to export.' }
  if (command !== 'apply' && values.yes) return { kind: 'usage', message: '--yes belongs to apply.' }
  const only: ConfigOptions['only'] = []
  for (const item of values.only ?? []) {
    const [kind, ...key] = item.split(':')
    if (!KINDS.includes(kind as ItemKind) || key.length === 0 || key.join(':') === '')
      return { kind: 'usage', message: `--only takes KIND:KEY (api:CODE or assistant:CODE), got "${item}".` }
    only.push({ kind: kind as ItemKind, key: key.join(':') })
  }
  const secrets: Record<string, string> = {}
  for (const s of values.secret ?? []) {
    const eq = s.indexOf('=')
    if (eq <= 0)
      return {
        kind: 'usage',
        // The argument is not echoed: it may be a value typed with the wrong separator.
        message: '--secret takes NAME=VALUE, e.g. --secret demo-crm/X-Api-Key=....',
      }
    secrets[s.slice(0, eq)] = s.slice(eq + 1)
  }
  return {
    kind: 'run',
    options: {
      command,
      file: file ?? null,
      baseUrl,
      credentials,
      out: values.out ?? null,
      only,
      secrets,
      yes: values.yes ?? false,
    },
  }
}

/** CONFIG_SECRET_ + the placeholder's name in capitals, every run of other characters as one `_`. */
export function secretEnvName(name: string): string {
  return `CONFIG_SECRET_${name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`
}

/** A placeholder's value: the --secret flag first, then the environment. */
export function secretLookup(
  flags: Record<string, string>,
  env: Record<string, string | undefined>,
): (name: string) => string | undefined {
  return (name) => flags[name] ?? env[secretEnvName(name)]
}
