/**
 * Builds the prompt blocks in Deepdesk's order: <instructions>, <metadata>
 * (when include_conversation_metadata), <parameters> (the evaluate input),
 * <transcript> (when one is available). The `start` event shows them so QA
 * can see what the model received.
 */
import type { Conversation, TranscriptTurn } from '../../../src/contract/evaluate'
import type { JsonObject } from '../../../src/contract/common'
import type { AssistantRecord } from '../store/state'
import { formatTranscript } from './transcript'

export interface PromptBlock {
  name: 'instructions' | 'metadata' | 'parameters' | 'transcript'
  content: string
}

function humanize(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').trim()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

function metadataBlock(conversation: Conversation | null, conversationId: string | null): string {
  if (!conversation)
    return conversationId
      ? ` - Conversation id: ${conversationId}`
      : ' - No conversation: this run has no conversation_id.'
  const lines = [` - Conversation id: ${conversation.id}`, ` - Channel: ${conversation.channel}`]
  for (const [key, value] of Object.entries(conversation.metadata)) lines.push(` - ${humanize(key)}: ${value}`)
  return lines.join('\n')
}

export function buildPrompt(args: {
  assistant: AssistantRecord
  conversation: Conversation | null
  conversationId: string | null
  input: JsonObject
  transcript: TranscriptTurn[] | null
}): PromptBlock[] {
  const blocks: PromptBlock[] = [{ name: 'instructions', content: args.assistant.instructions }]
  if (args.assistant.include_conversation_metadata) {
    blocks.push({ name: 'metadata', content: metadataBlock(args.conversation, args.conversationId) })
  }
  blocks.push({ name: 'parameters', content: JSON.stringify(args.input, null, 2) })
  if (args.transcript && args.transcript.length > 0) {
    blocks.push({ name: 'transcript', content: formatTranscript(args.transcript) })
  }
  return blocks
}
