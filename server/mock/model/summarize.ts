/** The scripted summary: who asked what, how many turns, main topics. */
import type { TranscriptTurn } from '../../../src/contract/evaluate'
import { customerText } from './transcript'
import { topKeywords, truncate } from './text'

export interface Summary {
  summary: string
  turns: number
  customer_turns: number
  agent_turns: number
  customer_request: string | null
  last_customer_message: string | null
  topics: string[]
}

export function summarize(turns: readonly TranscriptTurn[]): Summary {
  const customer = turns.filter((t) => t.speaker === 'customer')
  const agent = turns.filter((t) => t.speaker === 'agent')
  const first = customer[0]?.text ?? null
  const last = customer[customer.length - 1]?.text ?? null
  const firstAgent = agent[0]?.text ?? null
  const topics = topKeywords(customerText(turns), 3)
  const parts: string[] = []
  if (turns.length === 0) {
    parts.push(
      'There is no transcript to summarize: pass a conversation_id with include_conversation_transcript on, or a transcript in the body.',
    )
  } else {
    parts.push(
      `The conversation has ${turns.length} turns (${customer.length} from the customer, ${agent.length} from the agent).`,
    )
    if (first) parts.push(`The customer asked: "${truncate(first, 160)}".`)
    if (firstAgent) parts.push(`The agent responded: "${truncate(firstAgent, 160)}".`)
    if (last && last !== first) parts.push(`The customer's last message was: "${truncate(last, 160)}".`)
    if (topics.length > 0) parts.push(`Main topics: ${topics.join(', ')}.`)
  }
  return {
    summary: parts.join(' '),
    turns: turns.length,
    customer_turns: customer.length,
    agent_turns: agent.length,
    customer_request: first,
    last_customer_message: last,
    topics,
  }
}
