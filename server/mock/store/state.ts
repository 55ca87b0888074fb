/** Shapes of what the mock keeps: plain JSON, so the state saves to a file as is. */
import type { JsonObject } from '../../../src/contract/common'
import type { Conversation } from '../../../src/contract/evaluate'

export interface AssistantRecord {
  id: number
  code: string
  name: string
  instructions: string
  model: string
  response_format_json: boolean
  /** Kept as numbers; answered as two-decimal strings like the service. */
  temperature: number
  top_p: number
  tools: number[]
  include_conversation_transcript: boolean
  include_conversation_metadata: boolean
}

export interface ApiRecord {
  id: number
  code: string
  url: string
  /** A JSON object of header names to values, as a string: credentials. */
  headers: string
}

export interface ToolRecord {
  id: number
  data: JsonObject
  source_assistant: string | null
}

/** Routes and threads point at their assistant by id so renaming an assistant's code keeps them. */
export interface RouteRecord {
  id: number
  assistantId: number
  tags: JsonObject
}

export interface ThreadRecord {
  id: number
  assistantId: number
  user_id: string | null
  content: JsonObject
}

export interface MessageRecord {
  threadId: number
  /** The message as answered: id, role, content, created_at and whatever else the client sent. */
  body: JsonObject & { id: number; role: string; content: string; created_at: string }
}

export interface Counters {
  assistant: number
  api: number
  route: number
  thread: number
  message: number
  run: number
}

/** Everything a client can change; this is what persistence saves. */
export interface MutableState {
  version: 1
  counters: Counters
  assistants: AssistantRecord[]
  apis: ApiRecord[]
  routes: RouteRecord[]
  threads: ThreadRecord[]
  messages: MessageRecord[]
}

/** Fixed catalogues: rebuilt from the seed on every start, never saved. */
export interface StaticState {
  tools: ToolRecord[]
  conversations: Conversation[]
}

/** One request the mock CX platform received (`GET /mock/cx-platform-requests/`). */
export interface CxRequestRecord {
  id: number
  received_at: string
  method: string
  path: string
  query: Record<string, string[]>
  headers: Record<string, string>
  body: unknown
}
