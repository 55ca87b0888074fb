/** Small snapshots for the account core's unit tests. */
import { routeKey } from './canonical'
import type { AccountSnapshot, ApiItem, AssistantItem, RouteItem } from './model'

export function assistant(code: string, over: Partial<AssistantItem> = {}): AssistantItem {
  return {
    code,
    name: `Name of ${code}`,
    instructions: `Instructions of ${code}`,
    model: 'gpt-4o',
    response_format_json: false,
    include_conversation_transcript: true,
    include_conversation_metadata: false,
    temperature: '0.20',
    top_p: '1.00',
    tools: [],
    apiCodes: [],
    ...over,
  }
}

export function api(code: string, over: Partial<ApiItem> = {}): ApiItem {
  return { code, url: `https://${code}.example.com`, headers: {}, ...over }
}

export function route(assistantCode: string, rule: Record<string, unknown>, id?: number): RouteItem {
  return { assistant: assistantCode, rule, key: routeKey(assistantCode, rule), ...(id === undefined ? {} : { id }) }
}

export function snapshot(label: string, over: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return { connectionKey: label, label, readAt: 0, apis: [], assistants: [], routes: [], problems: [], ...over }
}
