/**
 * A Deepdesk account's configuration as data, for comparing environments,
 * promoting between them and keeping configuration as code. Items are keyed by
 * what stays the same across environments (assistant and API codes; tools by
 * name and data; routes by their rule), never by ids, which differ per
 * environment. API header values never appear here: only their names and a
 * fingerprint to say "same" or "differs". Pure TypeScript: the console and the
 * `npm run config` CLI share it.
 */
import type { JsonObject } from '@/contract/common'

export type ItemKind = 'api' | 'assistant' | 'route'

/**
 * The fingerprint of a header value that is not known: a bundle's placeholder
 * with no value supplied, or a value the server answered masked. An unknown
 * value is never reported as differing (it cannot be compared).
 */
export const UNKNOWN_SECRET = ''

/** An API as compared and bundled: header names with fingerprints, never values. */
export interface ApiItem {
  code: string
  url: string
  /** Header name → fingerprint of its value (a hash; equal values give equal fingerprints within a comparison). */
  headers: Record<string, string>
}

/** A tool referenced by an assistant, identified by name and data rather than id. */
export interface ToolRef {
  /** The tool's name (e.g. `call_api`). */
  name: string
  /** A stable key: name plus its data, so two environments' copies of the same tool match. */
  key: string
}

export interface AssistantItem {
  code: string
  name: string
  instructions: string
  model: string | null
  response_format_json: boolean | null
  include_conversation_transcript: boolean | null
  include_conversation_metadata: boolean | null
  temperature: string | null
  top_p: string | null
  tools: ToolRef[]
  /** API codes its instructions or tools mention (for dependency order). */
  apiCodes: string[]
}

export interface RouteItem {
  assistant: string
  /** The JsonLogic rule; routes are matched across environments by assistant + rule. */
  rule: JsonObject
  /** Stable key: assistant + canonical JSON of the rule. */
  key: string
  /** The route's id in its own environment (for deleting it there); never compared or bundled. */
  id?: number
}

/** Everything read from one connection; per-item read failures are kept, not fatal. */
export interface AccountSnapshot {
  connectionKey: string
  label: string
  readAt: number
  apis: ApiItem[]
  assistants: AssistantItem[]
  routes: RouteItem[]
  /** Items that could not be read, with why (degrade per item). */
  problems: { kind: ItemKind | 'tool'; key: string; message: string }[]
}

export type DiffState = 'same' | 'differs' | 'only-left' | 'only-right'

export interface FieldDiff {
  field: string
  left: unknown
  right: unknown
  /** For header values: never the values, only whether they are the same. */
  secret?: boolean
}

export interface ItemDiff {
  kind: ItemKind
  key: string
  /** Display name (code, or route's assistant + rule text). */
  title: string
  state: DiffState
  /**
   * The fields that differ (only those). Secret fields (`headers.<name>`) have
   * `secret: true` and left/right of 'set' | 'absent' | 'unknown', never a value.
   */
  fields: FieldDiff[]
  /** APIs on both sides: every header name compared, same or not (for "same"/"differs" display). */
  secrets?: SecretComparison[]
}

export interface SecretComparison {
  header: string
  state: DiffState | 'unknown'
}

export interface AccountDiff {
  items: ItemDiff[]
  counts: Record<ItemKind, Record<DiffState, number>>
}

export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete'

export interface PlanStep {
  /** Stable id within the plan (kind + key). */
  id: string
  kind: ItemKind
  key: string
  title: string
  action: PlanAction
  fields: FieldDiff[]
  /** Step ids that must be applied first (APIs before assistants, assistants before their routes). */
  dependsOn: string[]
  /** API header names whose values the user must supply (created on the target without values otherwise). */
  needsSecrets?: string[]
  /** Why the step is in the plan when it was not selected itself (e.g. "demo-routing-assistant calls this API"). */
  reason?: string
  /** The item's id on the target, when the write needs one (a route to delete). */
  targetId?: number
}

/**
 * In a plan, a step's FieldDiff `left` is the target's current value and
 * `right` the value the step writes (the source's).
 */
export interface Plan {
  source: string
  target: string
  steps: PlanStep[]
}

export type StepOutcome =
  { status: 'done'; note?: string } | { status: 'failed'; message: string } | { status: 'skipped'; reason: string }

export interface ApplyReport {
  steps: { id: string; title: string; action: PlanAction; outcome: StepOutcome }[]
}
