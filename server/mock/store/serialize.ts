/** Turns stored records into the bodies the Admin API answers. */
import { toDecimalString } from '../../../src/contract/common'
import type { Api } from '../../../src/contract/api'
import type { Assistant } from '../../../src/contract/assistant'
import type { Route } from '../../../src/contract/route'
import type { Thread } from '../../../src/contract/thread'
import type { Tool } from '../../../src/contract/tool'
import type { ApiRecord, AssistantRecord, RouteRecord, ThreadRecord, ToolRecord } from './state'
import type { Store } from './store'

export function toolBody(tool: ToolRecord): Tool {
  return { id: tool.id, data: tool.data, source_assistant: tool.source_assistant }
}

export function assistantBody(a: AssistantRecord, store: Store): Assistant {
  // tools_json: the tools' data as one JSON string, which is what the service feeds the model.
  const toolData = a.tools.map((id) => store.fixed.tools.find((t) => t.id === id)?.data).filter((d) => d !== undefined)
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    instructions: a.instructions,
    model: a.model,
    response_format_json: a.response_format_json,
    temperature: toDecimalString(a.temperature),
    top_p: toDecimalString(a.top_p),
    tools: [...a.tools],
    tools_json: JSON.stringify(toolData),
    include_conversation_transcript: a.include_conversation_transcript,
    include_conversation_metadata: a.include_conversation_metadata,
  }
}

export function apiBody(a: ApiRecord): Api {
  return { id: a.id, code: a.code, url: a.url, headers: a.headers }
}

function assistantCode(store: Store, assistantId: number): string {
  return store.assistantById(assistantId)?.code ?? ''
}

export function routeBody(r: RouteRecord, store: Store): Route {
  return { id: r.id, assistant: assistantCode(store, r.assistantId), tags: r.tags }
}

export function threadBody(t: ThreadRecord, store: Store): Thread {
  return { id: t.id, assistant: assistantCode(store, t.assistantId), user_id: t.user_id, content: t.content }
}
