/** Seeded routes (JsonLogic tag rules) and threads whose messages read like a run's trace. */
import type { MessageRecord, RouteRecord, ThreadRecord } from '../store/state'
import { ROUTING_INSTRUCTIONS } from './assistants'

export const SEED_ROUTES: RouteRecord[] = [
  { id: 1, assistantId: 1, tags: { '==': [{ var: 'channel' }, 'webchat'] } },
  {
    id: 2,
    assistantId: 1,
    tags: { and: [{ '==': [{ var: 'queue' }, 'subscriptions'] }, { in: [{ var: 'language' }, ['nl', 'en']] }] },
  },
  {
    id: 3,
    assistantId: 2,
    tags: { or: [{ '==': [{ var: 'channel' }, 'email'] }, { '==': [{ var: 'channel' }, 'voice'] }] },
  },
  { id: 4, assistantId: 4, tags: { '==': [{ var: 'queue' }, 'faq'] } },
  {
    id: 5,
    assistantId: 5,
    tags: {
      and: [
        { '==': [{ var: 'profile' }, 'premium'] },
        { or: [{ '>=': [{ var: 'contact_attempts' }, 3] }, { '==': [{ var: 'queue' }, 'billing'] }] },
      ],
    },
  },
]

export const SEED_THREADS: ThreadRecord[] = [
  {
    id: 1,
    assistantId: 1,
    user_id: null,
    content: { conversation_id: '669fbd2936688700080849f5', channel: 'webchat', source: 'route' },
  },
  {
    id: 2,
    assistantId: 2,
    user_id: 'agent-0042',
    content: { conversation_id: '667d72034007c600072f766a', channel: 'webchat', source: 'route' },
  },
]

const at = (iso: string) => iso
const routingUser = `<metadata>
 - Conversation id: 669fbd2936688700080849f5
 - Channel: webchat
 - Queue: subscriptions
</metadata>
<parameters>
{}
</parameters>
<transcript>
Customer: Hello, I would like to change my subscription. I run out of mobile data every month.
Agent: Happy to help! You currently have the 10 GB plan. Which subscription are you interested in?
Customer: Can I change to the unlimited subscription from next month? What would it cost?
</transcript>`

const callArgs = {
  api_code: 'demo-cx-platform',
  path: '/threads/669fbd2936688700080849f5/categories?thread_category_ids[]=65fdaa3d6ff9c000071fa8ac',
  method: 'PUT',
}

export const SEED_MESSAGES: MessageRecord[] = [
  {
    threadId: 1,
    body: { id: 1, role: 'system', content: ROUTING_INSTRUCTIONS, created_at: at('2024-07-23T13:45:00.000Z') },
  },
  { threadId: 1, body: { id: 2, role: 'user', content: routingUser, created_at: at('2024-07-23T13:45:00.000Z') } },
  {
    threadId: 1,
    body: {
      id: 3,
      role: 'assistant',
      content: '',
      tool_call: { name: 'call_api', arguments: callArgs },
      created_at: at('2024-07-23T13:45:01.200Z'),
    },
  },
  {
    threadId: 1,
    body: {
      id: 4,
      role: 'tool',
      name: 'call_api',
      content: '{"status":200,"ok":true}',
      tool_call: { name: 'call_api', arguments: callArgs, result: { status: 200, ok: true } },
      created_at: at('2024-07-23T13:45:01.450Z'),
    },
  },
  {
    threadId: 1,
    body: {
      id: 5,
      role: 'assistant',
      content:
        'The conversation has been categorized under "Change subscription" and the category has been updated successfully. How else can I assist you today?',
      created_at: at('2024-07-23T13:45:02.100Z'),
    },
  },
  {
    threadId: 2,
    body: {
      id: 6,
      role: 'system',
      content: 'You summarize customer service conversations for the agent who takes over.',
      created_at: at('2024-06-27T14:06:00.000Z'),
    },
  },
  {
    threadId: 2,
    body: {
      id: 7,
      role: 'user',
      content:
        '<transcript>\nCustomer: Hi, my internet has been down since this morning. The router light is blinking red.\n…\n</transcript>',
      created_at: at('2024-06-27T14:06:00.000Z'),
    },
  },
  {
    threadId: 2,
    body: {
      id: 8,
      role: 'assistant',
      content:
        "The customer's internet is down (router blinking red). The agent found a maintenance in 1017 AB until 15:00; the customer will restart the router afterwards. Nothing is open.",
      created_at: at('2024-06-27T14:06:02.300Z'),
    },
  },
]
