/**
 * A finished run with a conversation is appended to the assistant's thread for
 * that conversation (one thread per assistant per conversation), as a trace:
 * system prompt, user prompt blocks, tool calls and results, the reply.
 * Events are already masked, so no credential reaches the thread.
 */
import type { JsonObject } from '../../../src/contract/common'
import type { RunEvent, RunRequest } from '../model/run'
import type { Store } from '../store/store'
import type { ThreadRecord } from '../store/state'
import { storeMessage } from './messages'

function threadFor(store: Store, run: RunRequest, conversationId: string): ThreadRecord {
  const existing = store.state.threads.find(
    (t) => t.assistantId === run.assistant.id && t.content.conversation_id === conversationId,
  )
  if (existing) return existing
  const thread: ThreadRecord = {
    id: store.nextId('thread'),
    assistantId: run.assistant.id,
    user_id: null,
    content: { conversation_id: conversationId, channel: run.conversation?.channel ?? 'unknown', source: 'evaluate' },
  }
  store.state.threads.push(thread)
  return thread
}

export function recordRun(store: Store, run: RunRequest, events: readonly RunEvent[]): void {
  if (!run.conversationId) return
  const thread = threadFor(store, run, run.conversationId)
  const at = run.now()
  const add = (message: JsonObject) => storeMessage(store, thread.id, { ...message, run_id: run.runId }, at)
  add({ role: 'system', content: run.assistant.instructions })
  const blocks = run.prompt.filter((b) => b.name !== 'instructions')
  add({ role: 'user', content: blocks.map((b) => `<${b.name}>\n${b.content}\n</${b.name}>`).join('\n') })
  for (const event of events) {
    if (event.event === 'tool_call') {
      add({ role: 'assistant', content: '', tool_call: { name: event.data.name, arguments: event.data.arguments } })
    } else if (event.event === 'tool_result') {
      const call = events.find((e) => e.event === 'tool_call' && e.data.id === event.data.id)
      const args = call?.event === 'tool_call' ? call.data.arguments : {}
      add({
        role: 'tool',
        name: event.data.name,
        content: JSON.stringify(event.data.result),
        tool_call: { name: event.data.name, arguments: args, result: event.data.result },
      })
    } else if (event.event === 'done') {
      add({ role: 'assistant', content: event.data.output })
    }
  }
  store.commit()
}
