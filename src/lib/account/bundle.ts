/**
 * Configuration as code: a bundle is a JSON file holding selected items of an
 * account (APIs, assistants, routes) in a versioned format, with a JSON Schema
 * in contract/bundle.schema.json generated from the zod schema below.
 *
 * Header values are never exported. Each is a named placeholder,
 * `${secret:<api code>/<header name>}`, e.g.
 * `{"Authorization": "${secret:demo-crm/Authorization}"}`; values are supplied
 * at import (the console's plan, or the CLI's --secret flags and environment).
 * A header value that is not a placeholder is taken literally (it is then in
 * the file: keep such files out of version control).
 */
import { z } from 'zod'
import { CODE_PATTERN, jsonObjectSchema } from '@/contract/common'
import { describeIssue } from '@/contract/read-list'
import { routeKey } from './canonical'
import { mentionedApiCodes } from './mentions'
import { UNKNOWN_SECRET, type AccountSnapshot, type AssistantItem } from './model'
import { expandSelection, type Selection } from './selection'

export const BUNDLE_FORMAT = 'assistants-console/bundle'
export const BUNDLE_VERSION = 1

const code = z.string().regex(CODE_PATTERN, { error: 'Expected a code (lowercase letters, digits and "-").' })

export const bundleApiSchema = z.object({
  code,
  url: z.string().min(1),
  /** Header name → placeholder `${secret:NAME}` (or a literal value). */
  headers: z
    .record(z.string().min(1), z.string())
    .default(() => ({}))
    .describe('Header name → placeholder "${secret:<api code>/<header>}" (or a literal value, taken as is).'),
})

export const bundleToolSchema = z.object({
  /** The tool's name, e.g. `call_api`. */
  name: z.string().min(1),
  /** Name plus a fingerprint of the tool's data: a target tool with the same key is the same tool. */
  key: z
    .string()
    .min(1)
    .describe('Tool name + "@" + a fingerprint of its data: matched against the target\'s tools (ids differ).'),
})

export const bundleAssistantSchema = z.object({
  code,
  name: z.string().min(1),
  instructions: z.string(),
  /** Null or absent: not stated (the target keeps its own). */
  model: z.string().nullable().optional().describe('Null or absent: not stated; the target keeps its own.'),
  response_format_json: z.boolean().nullable().optional(),
  include_conversation_transcript: z.boolean().nullable().optional(),
  include_conversation_metadata: z.boolean().nullable().optional(),
  /** Decimal strings as the Admin API answers them, e.g. "0.70". */
  temperature: z.string().nullable().optional().describe('A decimal string as the Admin API answers it, e.g. "0.70".'),
  top_p: z.string().nullable().optional(),
  tools: z.array(bundleToolSchema).default(() => []),
})

export const bundleRouteSchema = z.object({
  /** The assistant's code. */
  assistant: code,
  /** The JsonLogic rule over the message's tags. */
  rule: jsonObjectSchema.describe("The JsonLogic rule over a message's tags (the route's `tags`)."),
})

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  /** Where and when it was exported: informational. */
  source: z.string().optional(),
  exported_at: z.string().optional(),
  apis: z.array(bundleApiSchema).default(() => []),
  assistants: z.array(bundleAssistantSchema).default(() => []),
  routes: z.array(bundleRouteSchema).default(() => []),
})
export type Bundle = z.output<typeof bundleSchema>
export type BundleApi = z.output<typeof bundleApiSchema>

export interface BundleError {
  /** Where in the file: `(file)`, `apis[2] demo-crm`, … */
  where: string
  message: string
}

export type BundleParseResult =
  { ok: true; bundle: Bundle; errors: BundleError[] } | { ok: false; errors: BundleError[] }

const PLACEHOLDER = /^\$\{secret:([^}]+)\}$/

export function placeholder(name: string): string {
  return `\${secret:${name}}`
}

/** The placeholder's name, or null for a literal value. */
export function placeholderName(value: string): string | null {
  return PLACEHOLDER.exec(value)?.[1] ?? null
}

/** A bundle of the selected items (everything by default), following dependencies as a plan does. */
export function toBundle(snapshot: AccountSnapshot, selection: Selection = 'all', now = new Date()): Bundle {
  const wanted = expandSelection(snapshot, selection)
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    source: snapshot.label,
    exported_at: now.toISOString(),
    apis: snapshot.apis
      .filter((a) => wanted.apis.has(a.code))
      .map((a) => ({
        code: a.code,
        url: a.url,
        headers: Object.fromEntries(Object.keys(a.headers).map((h) => [h, placeholder(`${a.code}/${h}`)])),
      })),
    assistants: snapshot.assistants
      .filter((a) => wanted.assistants.has(a.code))
      .map((a) => ({
        code: a.code,
        name: a.name,
        instructions: a.instructions,
        model: a.model,
        response_format_json: a.response_format_json,
        include_conversation_transcript: a.include_conversation_transcript,
        include_conversation_metadata: a.include_conversation_metadata,
        temperature: a.temperature,
        top_p: a.top_p,
        tools: a.tools.map((t) => ({ name: t.name, key: t.key })),
      })),
    routes: snapshot.routes
      .filter((r) => wanted.routes.has(r.key))
      .map((r) => ({ assistant: r.assistant, rule: r.rule })),
  }
}

export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`
}

const envelopeSchema = z.looseObject({
  format: z.unknown(),
  version: z.unknown(),
  apis: z.array(z.unknown(), { error: 'Expected a list.' }).optional(),
  assistants: z.array(z.unknown(), { error: 'Expected a list.' }).optional(),
  routes: z.array(z.unknown(), { error: 'Expected a list.' }).optional(),
})

function items<S extends z.ZodType>(
  list: unknown[] | undefined,
  schema: S,
  kind: string,
  id: (item: z.output<S>) => string,
  errors: BundleError[],
): z.output<S>[] {
  const out: z.output<S>[] = []
  const seen = new Set<string>()
  for (const [i, raw] of (list ?? []).entries()) {
    const parsed = schema.safeParse(raw)
    const label = (raw as { code?: unknown } | null)?.code
    const where = `${kind}[${i}]${typeof label === 'string' ? ` ${label}` : ''}`
    if (!parsed.success) {
      errors.push({ where, message: describeIssue(parsed.error) })
      continue
    }
    const key = id(parsed.data)
    if (seen.has(key)) {
      errors.push({ where, message: 'Listed twice; the first one is kept.' })
      continue
    }
    seen.add(key)
    out.push(parsed.data)
  }
  return out
}

/** Reads a bundle file: the envelope must be right; items are read one by one, the odd ones reported. */
export function parseBundle(text: string): BundleParseResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [{ where: '(file)', message: `Not JSON: ${(error as Error).message}` }] }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) return { ok: false, errors: [{ where: '(file)', message: describeIssue(envelope.error) }] }
  const { format, version } = envelope.data
  if (format !== BUNDLE_FORMAT)
    return { ok: false, errors: [{ where: 'format', message: `Expected "${BUNDLE_FORMAT}": not a bundle file.` }] }
  if (version !== BUNDLE_VERSION)
    return {
      ok: false,
      errors: [
        {
          where: 'version',
          message:
            typeof version === 'number' && version > BUNDLE_VERSION
              ? `Version ${version} is newer than this console reads (${BUNDLE_VERSION}); update the console.`
              : `Expected version ${BUNDLE_VERSION}.`,
        },
      ],
    }
  const errors: BundleError[] = []
  const source = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...(typeof source.source === 'string' ? { source: source.source } : {}),
    ...(typeof source.exported_at === 'string' ? { exported_at: source.exported_at } : {}),
    apis: items(envelope.data.apis, bundleApiSchema, 'apis', (a) => a.code, errors),
    assistants: items(envelope.data.assistants, bundleAssistantSchema, 'assistants', (a) => a.code, errors),
    routes: items(envelope.data.routes, bundleRouteSchema, 'routes', (r) => routeKey(r.assistant, r.rule), errors),
  }
  return { ok: true, bundle, errors }
}

/** The bundle as a snapshot (header values unknown until supplied: see withSecrets). */
export function bundleToSnapshot(bundle: Bundle, label = bundle.source ?? 'bundle'): AccountSnapshot {
  const apiCodes = bundle.apis.map((a) => a.code)
  return {
    connectionKey: `bundle:${label}`,
    label,
    readAt: Date.now(),
    apis: bundle.apis.map((a) => ({
      code: a.code,
      url: a.url,
      headers: Object.fromEntries(Object.keys(a.headers).map((h) => [h, UNKNOWN_SECRET])),
    })),
    assistants: bundle.assistants.map((a): AssistantItem => ({
      code: a.code,
      name: a.name,
      instructions: a.instructions,
      model: a.model ?? null,
      response_format_json: a.response_format_json ?? null,
      include_conversation_transcript: a.include_conversation_transcript ?? null,
      include_conversation_metadata: a.include_conversation_metadata ?? null,
      temperature: a.temperature ?? null,
      top_p: a.top_p ?? null,
      tools: a.tools,
      apiCodes: mentionedApiCodes(a.instructions, apiCodes),
    })),
    routes: bundle.routes.map((r) => ({ assistant: r.assistant, rule: r.rule, key: routeKey(r.assistant, r.rule) })),
    problems: [],
  }
}

export interface SecretRef {
  api: string
  header: string
  /** The placeholder's name; null for a literal value in the file. */
  name: string | null
}

/**
 * Header values for the bundle's APIs: literal values as written, placeholders
 * through `lookup` (by placeholder name). Placeholders without a value are
 * listed as missing (their APIs are then written without them).
 */
export function resolveSecrets(
  bundle: Bundle,
  lookup: (name: string) => string | undefined,
): { secrets: Record<string, Record<string, string>>; missing: SecretRef[] } {
  const secrets: Record<string, Record<string, string>> = {}
  const missing: SecretRef[] = []
  for (const api of bundle.apis)
    for (const [header, raw] of Object.entries(api.headers)) {
      const name = placeholderName(raw)
      const value = name === null ? raw : lookup(name)
      if (value === undefined) missing.push({ api: api.code, header, name })
      else (secrets[api.code] ??= {})[header] = value
    }
  return { secrets, missing }
}
