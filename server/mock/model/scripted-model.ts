/**
 * A deterministic stand-in for the LLM: no network (besides call_api), no
 * randomness. The output depends only on the instructions, the transcript and
 * the input, so tests and demos can rely on it.
 */
import type { JsonObject } from '../../../src/contract/common'
import type { Conversation, TranscriptTurn } from '../../../src/contract/evaluate'
import type { AssistantRecord } from '../store/state'
import type { Store } from '../store/store'
import { callApi } from './call-api'
import { classify, detectEscalation } from './classify'
import { grade, isGraderInstructions } from './grade'
import { isRoutingInstructions, parseRoutingInstructions, pickCategory, substitute, type Category } from './routing'
import { maskHeaderValues } from './secrets'
import { summarize } from './summarize'
import { customerText, lastCustomerMessage } from './transcript'
import { topKeywords, truncate } from './text'

export interface ModelContext {
  store: Store
  runId: string
  assistant: AssistantRecord
  conversationId: string | null
  conversation: Conversation | null
  input: JsonObject
  transcript: TranscriptTurn[]
  allowOutbound: boolean
}

export interface ToolCall {
  id: string
  name: string
  arguments: JsonObject
}

export interface ToolResult {
  id: string
  name: string
  ok: boolean
  result: unknown
  duration_ms: number
}

export interface ModelHooks {
  onToolCall: (call: ToolCall) => void
  onToolResult: (result: ToolResult) => void
  now: () => number
}

function hasTool(ctx: ModelContext, name: string): boolean {
  return ctx.store.fixed.tools.some((t) => t.data.name === name && ctx.assistant.tools.includes(t.id))
}

/** Without a transcript, a message-like input (`text`, `message`, `question`) plays the customer. */
function customerMessage(ctx: ModelContext): string | null {
  const fromTranscript = lastCustomerMessage(ctx.transcript)
  if (fromTranscript) return fromTranscript
  for (const key of ['text', 'message', 'question', 'query']) {
    const value = ctx.input[key]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}

function analysedText(ctx: ModelContext): string {
  return customerText(ctx.transcript) || customerMessage(ctx) || ''
}

async function route(ctx: ModelContext, hooks: ModelHooks, signal: AbortSignal): Promise<string> {
  const parsed = parseRoutingInstructions(ctx.assistant.instructions)
  const category: Category = pickCategory(parsed, ctx.transcript, analysedText(ctx))
  const json = ctx.assistant.response_format_json
  const base = `The conversation has been categorized under "${category.name}"`
  if (!parsed.call || !hasTool(ctx, 'call_api')) {
    if (json) return JSON.stringify({ category: category.name, category_id: category.id })
    return `${base} (category_id ${category.id}).`
  }
  const values = { new_category_id: category.id, category_id: category.id, conversation_id: ctx.conversationId ?? '' }
  const plan = {
    ...parsed.call,
    path: substitute(parsed.call.path, values),
    ...(typeof parsed.call.payload === 'string' ? { payload: substitute(parsed.call.payload, values) } : {}),
  }
  const call: ToolCall = {
    id: `${ctx.runId}-call-1`,
    name: 'call_api',
    arguments: {
      api_code: plan.api_code,
      path: plan.path,
      method: plan.method,
      ...(plan.payload !== undefined ? { payload: plan.payload } : {}),
      ...(plan.headers ? { headers: maskHeaderValues(plan.headers) } : {}),
    },
  }
  hooks.onToolCall(call)
  const started = hooks.now()
  const outcome = await callApi(ctx.store, plan, ctx.allowOutbound, signal)
  hooks.onToolResult({
    id: call.id,
    name: call.name,
    ok: outcome.ok,
    result: outcome.result,
    duration_ms: hooks.now() - started,
  })
  let sentence: string
  if (outcome.ok) sentence = `${base} and the category has been updated successfully. How else can I assist you today?`
  else if (outcome.skipped)
    sentence = `${base} (category_id ${category.id}), but the category update was not sent: ${String(outcome.result.reason)}.`
  else if (outcome.status !== null)
    sentence = `${base}, but updating the category failed: the CX platform answered HTTP ${outcome.status}.`
  else sentence = `${base}, but updating the category failed: ${String(outcome.result.error)}`
  if (json)
    return JSON.stringify({ category: category.name, category_id: category.id, updated: outcome.ok, message: sentence })
  return sentence
}

function genericReply(ctx: ModelContext): string {
  const message = customerMessage(ctx)
  const params = Object.entries(ctx.input).map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
  const topics = topKeywords(analysedText(ctx), 2)
  const reply =
    topics.length > 0
      ? `Thanks for reaching out about ${topics.join(' and ')}. I'm looking into it and will get back to you shortly.`
      : 'Thanks for reaching out. How can I help you today?'
  if (ctx.assistant.response_format_json) {
    return JSON.stringify({ reply, last_customer_message: message, parameters: ctx.input })
  }
  const parts = [`Hello! I'm ${ctx.assistant.name}.`]
  parts.push(message ? `The customer wrote: "${truncate(message, 200)}".` : 'There is no customer message in this run.')
  if (params.length > 0) parts.push(`Parameters taken into account: ${params.join(', ')}.`)
  parts.push(`Suggested reply: "${reply}"`)
  return parts.join(' ')
}

/**
 * Picks a behaviour from the instructions, in order: routing, grading (a QA
 * rubric), escalation, classification, summary, generic. Summary comes late because other
 * assistants mention summaries (e.g. delegating to the summarizer).
 */
export async function runScriptedModel(ctx: ModelContext, hooks: ModelHooks, signal: AbortSignal): Promise<string> {
  const instructions = ctx.assistant.instructions
  const json = ctx.assistant.response_format_json
  if (isRoutingInstructions(instructions, parseRoutingInstructions(instructions))) return route(ctx, hooks, signal)
  // The grader answers JSON whatever the flag says: the judge assertion reads `{"pass", "reason"}`.
  if (isGraderInstructions(instructions)) return JSON.stringify(grade(ctx.input))
  if (/escalat/i.test(instructions)) {
    const result = detectEscalation(analysedText(ctx))
    return json ? JSON.stringify(result) : `${result.escalate ? 'Escalate' : 'Do not escalate'}: ${result.reason}`
  }
  if (/sentiment|intent|classif/i.test(instructions)) {
    const result = classify(analysedText(ctx))
    return json
      ? JSON.stringify(result)
      : `Sentiment: ${result.sentiment}. Intent: ${result.intent} (confidence ${result.confidence.toFixed(2)}).`
  }
  if (/summar/i.test(instructions)) {
    // Without a transcript, a message-like input is summarized as the customer's only turn.
    const message = customerMessage(ctx)
    const turns =
      ctx.transcript.length > 0 || !message ? ctx.transcript : [{ speaker: 'customer' as const, text: message }]
    const summary = summarize(turns)
    return json ? JSON.stringify(summary) : summary.summary
  }
  return genericReply(ctx)
}
