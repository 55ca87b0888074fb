/** Records as the contract answers them (secrets and internal links left out). */
import type { ApiKeyRecord, AssistantRecord, EventRecord, RunRecord, UserRecord } from './store'

export function userBody(u: UserRecord) {
  return {
    user_id: u.user_id,
    email: u.email,
    name: u.name,
    organizations: [...u.organizations],
    created_at: u.created_at,
    updated_at: u.updated_at,
  }
}

export function apiKeyBody(k: ApiKeyRecord) {
  return {
    api_key_id: k.api_key_id,
    name: k.name,
    active: k.active,
    organization_id: k.organization_id,
    created_by: k.created_by,
    created_at: k.created_at,
    updated_at: k.updated_at,
    last_used: k.last_used,
  }
}

export function assistantBody(a: AssistantRecord) {
  return {
    assistant_id: a.assistant_id,
    name: a.name,
    description: a.description,
    ...(a.input !== undefined ? { input: a.input } : {}),
    ...(a.model !== undefined ? { model: a.model } : {}),
    organization_id: a.organization_id,
    created_by: a.created_by,
    created_at: a.created_at,
    updated_at: a.updated_at,
    knowledge_base_ids: [...a.knowledge_base_ids],
    retriever_ids: [...a.retriever_ids],
    ruleset_ids: [...a.ruleset_ids],
    structure_ids: [...a.structure_ids],
    tool_ids: [...a.tool_ids],
  }
}

export function runBody(r: RunRecord) {
  return {
    assistant_run_id: r.assistant_run_id,
    assistant_id: r.assistant_id,
    status: r.status,
    ...(r.status_detail !== undefined ? { status_detail: r.status_detail } : {}),
    ...(r.input !== undefined ? { input: r.input } : {}),
    ...(r.output !== undefined ? { output: r.output } : {}),
    args: [...r.args],
    stream: r.stream,
    ...(r.thread_id !== undefined ? { thread_id: r.thread_id } : {}),
    created_by: r.created_by,
    created_at: r.created_at,
    updated_at: r.updated_at,
    completed_at: r.completed_at,
    knowledge_base_ids: [...r.knowledge_base_ids],
    retriever_ids: [...r.retriever_ids],
    ruleset_ids: [...r.ruleset_ids],
    structure_ids: [...r.structure_ids],
    tool_ids: [...r.tool_ids],
  }
}

/** An event as ListAssistantEvents (and the assistant-run stream) answers it. */
export function assistantEventBody(e: EventRecord) {
  return {
    event_id: e.event_id,
    assistant_run_id: e.assistant_run_id,
    type: e.type,
    origin: e.origin,
    payload: e.payload,
    timestamp: e.timestamp,
    created_at: e.created_at,
  }
}

/** An event as GetEvent, ListEvents (and the structure-run stream) answer it. */
export function structureEventBody(e: EventRecord) {
  return {
    event_id: e.event_id,
    structure_run_id: e.structure_run_id,
    type: e.type,
    origin: e.origin,
    payload: e.payload,
    timestamp: e.timestamp,
    created_at: e.created_at,
  }
}
