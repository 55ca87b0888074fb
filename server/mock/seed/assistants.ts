/**
 * Seeded assistants: a routing demo in the guide's format plus realistic CX
 * assistants with varied models, temperatures and flags. Codes avoid those the
 * guide creates (my-assistant, routing-assistant) so its walkthrough works.
 */
import type { AssistantRecord } from '../store/state'
import { CALL_API_TOOL_ID } from './tools'

export const ROUTING_INSTRUCTIONS = `Categorize the conversations based on the provided categories.
If the conversation does not match any of the topics below, assign the category_id "65fdaa3d6ff9c000071fa8ab".
When the category has been determined, call the "call_api" function:
- api_code: demo-cx-platform
- path: /threads/{conversation_id}/categories?thread_category_ids[]={new_category_id}
- method: PUT

Categories:
- Change subscription: 65fdaa3d6ff9c000071fa8ac
- Billing and invoices: 65fdaa3d6ff9c000071fa8ad
- Delivery status: 65fdaa3d6ff9c000071fa8ae
- Technical issue: 65fdaa3d6ff9c000071fa8af
- Cancel contract: 65fdaa3d6ff9c000071fa8b0`

/** The judge of QA suites (`judge` assertions): reads `input.output` and `input.rubric`, see model/grade.ts. */
export const QA_GRADER_INSTRUCTIONS = `You grade another assistant's output for QA test suites.
The input holds "output" (the answer to grade) and "rubric" (what a good answer must do).
Every phrase the rubric puts in double quotes must appear in the output; a quoted phrase after "not", "never", "no" or "without" must not appear.
A rubric without quoted phrases passes when the output covers at least half of its keywords.
Answer only with JSON: {"pass": true|false, "reason": "..."}.`

const base = {
  response_format_json: false,
  include_conversation_transcript: true,
  include_conversation_metadata: false,
}

export const SEED_ASSISTANTS: AssistantRecord[] = [
  {
    ...base,
    id: 1,
    code: 'demo-routing-assistant',
    name: 'Routing assistant (demo)',
    instructions: ROUTING_INSTRUCTIONS,
    model: 'gpt-4o',
    temperature: 0,
    top_p: 1,
    tools: [CALL_API_TOOL_ID],
    include_conversation_metadata: true,
  },
  {
    ...base,
    id: 2,
    code: 'demo-conversation-summarizer',
    name: 'Conversation summarizer',
    instructions:
      'You summarize customer service conversations for the agent who takes over.\nWrite at most four sentences: what the customer asked, what was done, what is still open.\nNever include personal data such as phone numbers or addresses.',
    model: 'gpt-4o',
    temperature: 0.2,
    top_p: 1,
    tools: [],
  },
  {
    ...base,
    id: 3,
    code: 'demo-sentiment-classifier',
    name: 'Sentiment and intent classifier',
    instructions:
      'Classify the customer\'s sentiment (positive, neutral, negative) and intent.\nIntents: change_subscription, billing_question, delivery_status, technical_issue, cancel_contract, general_question.\nAnswer only with JSON: {"sentiment": "...", "intent": "...", "confidence": 0.0-1.0}.',
    model: 'gpt-35-turbo',
    response_format_json: true,
    temperature: 0,
    top_p: 0.5,
    tools: [],
  },
  {
    ...base,
    id: 4,
    code: 'demo-knowledge-answerer',
    name: 'Knowledge base answerer',
    instructions:
      'You answer customer questions for agents.\nAlways call "call_knowledge_assist" with the customer\'s question first and answer only from the passages it returns.\nIf the knowledge base has no answer, say so and suggest a handover.\nUse "get_current_time" with timezone "Europe/Amsterdam" when the question is about opening hours today.',
    model: 'gpt-4',
    temperature: 0.3,
    top_p: 0.95,
    tools: [9, 7],
    include_conversation_metadata: true,
  },
  {
    ...base,
    id: 5,
    code: 'demo-escalation-detector',
    name: 'Escalation detector',
    instructions:
      'Decide whether this conversation must be escalated to a team lead.\nEscalate when the customer asks for a manager, threatens to cancel or complain, or contacts us repeatedly about the same problem.\nCall "call_assistant_demo_conversation_summarizer" for context, store the decision with "write_to_memory" (key "escalation").\nAnswer with JSON: {"escalate": true|false, "reason": "..."}.',
    model: 'gpt-4o',
    response_format_json: true,
    temperature: 0.1,
    top_p: 0.9,
    tools: [13, 8],
    include_conversation_metadata: true,
  },
  {
    ...base,
    id: 6,
    code: 'demo-reply-suggester',
    name: 'Reply suggester',
    instructions:
      'Suggest the next reply for the agent, in the customer\'s language, friendly and short.\nUse "browse_web" on https://status.example.com when the customer reports an outage and "run_python" for any calculation.\nTake the parameters (tone, media_type) into account.',
    model: 'gpt-35-turbo-16k',
    temperature: 0.7,
    top_p: 1,
    tools: [11, 10],
  },
  {
    ...base,
    id: 7,
    code: 'demo-qa-grader',
    name: 'QA grader',
    instructions: QA_GRADER_INSTRUCTIONS,
    model: 'gpt-4o',
    response_format_json: true,
    temperature: 0,
    top_p: 1,
    tools: [],
    include_conversation_transcript: false,
  },
]

const MODELS = ['gpt-4o', 'gpt-4', 'gpt-35-turbo', 'gpt-35-turbo-16k'] as const

/** Generated assistants for list benchmarks (MOCK_SEED_ASSISTANTS=N); deterministic. */
export function generatedAssistants(count: number, firstId: number): AssistantRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1
    return {
      id: firstId + i,
      code: `bench-assistant-${String(n).padStart(5, '0')}`,
      name: `Benchmark assistant ${n}`,
      instructions: `Generated assistant number ${n}. Suggest a short, friendly reply to the customer.`,
      model: MODELS[n % MODELS.length] ?? 'gpt-4o',
      response_format_json: n % 5 === 0,
      temperature: (n % 101) / 100,
      top_p: 1,
      tools: n % 3 === 0 ? [CALL_API_TOOL_ID] : [],
      include_conversation_transcript: n % 2 === 0,
      include_conversation_metadata: n % 4 === 0,
    }
  })
}
