/**
 * Reads one Deepdesk connection's configuration (assistants, the APIs they
 * call, their routes) into an AccountSnapshot through the Admin API alone.
 * Items are keyed by what survives between environments: tools by name and
 * data, routes by assistant and rule, header values by a fingerprint.
 *
 * Header values: the Admin API answers `Api.headers` as the stored JSON string
 * (the mock does, and the published spec shows no masking). A server that
 * answers them masked ("••••", "****") gives nothing to compare: such values
 * are kept as UNKNOWN_SECRET ("cannot compare"), never as equal.
 *
 * A list that cannot be read at all fails the whole read (there is no account
 * to show); one odd item, or one assistant's routes, becomes a problem.
 */
import type { ApiClient } from '@/api/http-client'
import { apisApi } from '@/api/resources/apis'
import { assistantsApi } from '@/api/resources/assistants'
import { routesApi } from '@/api/resources/routes'
import { toolsApi } from '@/api/resources/tools'
import { readHeaderObject, type Api } from '@/contract/api'
import type { Assistant } from '@/contract/assistant'
import { isUnreadable, type ListEntries } from '@/contract/read-list'
import { describeTool, type Tool } from '@/contract/tool'
import { fingerprint, routeKey, toolKey } from './canonical'
import { mentionedApiCodes } from './mentions'
import {
  UNKNOWN_SECRET,
  type AccountSnapshot,
  type ApiItem,
  type AssistantItem,
  type RouteItem,
  type ToolRef,
} from './model'

type Problem = AccountSnapshot['problems'][number]

/** Mask characters, perhaps with the last few characters shown: what a masking server answers, not a credential. */
const MASKED = /^[•*●]{3,}.{0,4}$/u

export async function headerFingerprints(raw: string): Promise<Record<string, string> | null> {
  const parsed = readHeaderObject(raw)
  if (!parsed) return null
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(parsed)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    out[name] = MASKED.test(text) ? UNKNOWN_SECRET : await fingerprint(text)
  }
  return out
}

/** Fingerprints supplied header values in place of unknown ones (e.g. a bundle's placeholders given at import). */
export async function withSecrets(
  snapshot: AccountSnapshot,
  secrets: Record<string, Record<string, string>>,
): Promise<AccountSnapshot> {
  const apis = await Promise.all(
    snapshot.apis.map(async (api) => {
      const given = secrets[api.code]
      if (!given) return api
      const headers = { ...api.headers }
      for (const name of Object.keys(headers)) {
        const value = given[name]
        if (value !== undefined) headers[name] = await fingerprint(value)
      }
      return { ...api, headers }
    }),
  )
  return { ...snapshot, apis }
}

function readable<T>(entries: ListEntries<T>, kind: Problem['kind'], problems: Problem[]): T[] {
  const out: T[] = []
  for (const e of entries) {
    if (isUnreadable(e)) problems.push({ kind, key: e.label ?? `item ${e.index + 1}`, message: e.reason })
    else out.push(e)
  }
  return out
}

async function toolRefs(tools: Tool[]): Promise<Map<number, ToolRef>> {
  const refs = new Map<number, ToolRef>()
  for (const tool of tools) {
    const name = describeTool(tool).name
    refs.set(tool.id, { name, key: await toolKey(name, tool.data) })
  }
  return refs
}

function toAssistantItem(
  a: Assistant,
  refs: Map<number, ToolRef>,
  apiCodes: string[],
  problems: Problem[],
): AssistantItem {
  const tools = a.tools.map((id): ToolRef => {
    const ref = refs.get(id)
    if (ref) return ref
    problems.push({ kind: 'tool', key: `#${id}`, message: `${a.code} uses tool #${id}, which the tools list lacks.` })
    return { name: `tool #${id}`, key: `unknown-tool#${id}` }
  })
  return {
    code: a.code,
    name: a.name,
    instructions: a.instructions,
    model: a.model ?? null,
    response_format_json: a.response_format_json ?? null,
    include_conversation_transcript: a.include_conversation_transcript ?? null,
    include_conversation_metadata: a.include_conversation_metadata ?? null,
    temperature: a.temperature ?? null,
    top_p: a.top_p ?? null,
    tools,
    apiCodes: mentionedApiCodes(a.instructions, apiCodes),
  }
}

async function toApiItem(api: Api, problems: Problem[]): Promise<ApiItem> {
  const headers = await headerFingerprints(api.headers)
  if (!headers) problems.push({ kind: 'api', key: api.code, message: 'Its headers are not a JSON object.' })
  return { code: api.code, url: api.url, headers: headers ?? {} }
}

/** Runs `fn` over items, at most `limit` at a time (one request per assistant for routes). */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export async function readSnapshot(
  client: ApiClient,
  opts: { label: string; signal?: AbortSignal },
): Promise<AccountSnapshot> {
  const { signal } = opts
  const problems: Problem[] = []
  const [assistantEntries, apiEntries, toolEntries] = await Promise.all([
    assistantsApi.list(client, signal),
    apisApi.list(client, signal),
    toolsApi.list(client, signal),
  ])
  const assistants = readable(assistantEntries, 'assistant', problems)
  const rawApis = readable(apiEntries, 'api', problems)
  const refs = await toolRefs(readable(toolEntries, 'tool', problems))
  const apis: ApiItem[] = []
  for (const api of rawApis) apis.push(await toApiItem(api, problems))
  const codes = apis.map((a) => a.code)
  const assistantItems = assistants.map((a) => toAssistantItem(a, refs, codes, problems))

  const routeLists = await mapLimited(assistants, 4, async (a) => {
    try {
      return readable(await routesApi.list(client, a.code, signal), 'route', problems).map((r): RouteItem => ({
        assistant: a.code,
        rule: r.tags,
        key: routeKey(a.code, r.tags),
        id: r.id,
      }))
    } catch (error) {
      if (signal?.aborted) throw error
      problems.push({ kind: 'route', key: a.code, message: `Routes not read: ${(error as Error).message}` })
      return []
    }
  })

  return {
    connectionKey: client.key,
    label: opts.label,
    readAt: Date.now(),
    apis: apis.sort(byKey((a) => a.code)),
    assistants: assistantItems.sort(byKey((a) => a.code)),
    routes: routeLists.flat().sort(byKey((r) => r.key)),
    problems,
  }
}

function byKey<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
}
