/**
 * Seeded CX conversations (`GET /mock/conversations/`), the transcripts the
 * evaluate endpoint fetches by conversation_id. 669fbd29... is about changing a
 * subscription, so the routing demo picks "Change subscription" for it.
 */
import type { Conversation, TranscriptTurn } from '../../../src/contract/evaluate'

type Line = [TranscriptTurn['speaker'], string]

function turns(start: string, lines: Line[]): TranscriptTurn[] {
  const t0 = Date.parse(start)
  // 45 seconds between turns: realistic enough for a chat, fixed so the seed never varies.
  return lines.map(([speaker, text], i) => ({ speaker, text, timestamp: new Date(t0 + i * 45_000).toISOString() }))
}

export const SEED_CONVERSATIONS: Conversation[] = [
  {
    id: '667d72034007c600072f766a',
    title: 'Internet down since this morning',
    channel: 'webchat',
    metadata: {
      external_conversation_id: 'rc-thread-88213',
      source: 'chat',
      queue: 'technical-support',
      profile: 'consumer',
      customer_id: 'C-104233',
      language: 'en',
    },
    transcript: turns('2024-06-27T14:02:11Z', [
      ['customer', 'Hi, my internet has been down since this morning. The router light is blinking red.'],
      ['agent', 'I am sorry to hear that. Could you tell me your postcode so I can check for outages in your area?'],
      [
        'customer',
        'It is 1017 AB. Is there a known issue in my area? I work from home and this is a technical issue I cannot fix myself.',
      ],
      [
        'agent',
        'There is a maintenance in 1017 that should be finished by 15:00. Restarting the router afterwards should fix it.',
      ],
      ['customer', 'Okay, thanks. I will restart it after three.'],
    ]),
  },
  {
    id: '669fbd2936688700080849f5',
    title: 'Change subscription to unlimited data',
    channel: 'webchat',
    metadata: {
      external_conversation_id: 'rc-thread-90517',
      source: 'chat',
      queue: 'subscriptions',
      profile: 'consumer',
      customer_id: 'C-208871',
      language: 'en',
    },
    transcript: turns('2024-07-23T13:41:05Z', [
      ['customer', 'Hello, I would like to change my subscription. I run out of mobile data every month.'],
      ['agent', 'Happy to help! You currently have the 10 GB plan. Which subscription are you interested in?'],
      ['customer', 'Can I change to the unlimited subscription from next month? What would it cost?'],
      ['agent', 'The unlimited plan is 35 euros a month. I can schedule the change for 1 August.'],
      ['customer', 'Yes please, change my subscription per 1 August.'],
    ]),
  },
  {
    id: '66a0c1e2f4b5a60007d3e911',
    title: 'Charged twice for July',
    channel: 'email',
    metadata: {
      external_conversation_id: 'mail-55102',
      source: 'email',
      queue: 'billing',
      profile: 'premium',
      customer_id: 'C-300417',
      language: 'en',
    },
    transcript: turns('2024-07-24T08:15:00Z', [
      [
        'customer',
        'I have been charged twice for my July invoice. This is the third time I contact you about billing and it is unacceptable.',
      ],
      [
        'agent',
        'I apologise for the trouble. I can see two payments of 42.50 on 1 July. I will request a refund for the duplicate.',
      ],
      ['customer', 'I want to speak to a manager. If this is not fixed this week I will file a complaint and cancel.'],
    ]),
  },
  {
    id: '66a1d4b7c2e8f90007a1b234',
    title: 'Where is my new router?',
    channel: 'whatsapp',
    metadata: {
      external_conversation_id: 'wa-77410',
      source: 'chat',
      queue: 'orders',
      profile: 'consumer',
      customer_id: 'C-118502',
      language: 'en',
    },
    transcript: turns('2024-07-25T10:02:44Z', [
      [
        'customer',
        'Hi! I ordered a new router last week. What is the delivery status? The tracking page shows nothing.',
      ],
      [
        'agent',
        'Let me check. Your parcel left our warehouse yesterday and the delivery is planned for tomorrow between 10:00 and 14:00.',
      ],
      ['customer', 'Great, thank you for the quick help!'],
    ]),
  },
  {
    id: '66a2e8f1d3c4b50007f5c678',
    title: 'Cancel contract, moving abroad',
    channel: 'voice',
    metadata: {
      external_conversation_id: 'call-31977',
      source: 'voice',
      queue: 'retention',
      profile: 'consumer',
      customer_id: 'C-094120',
      language: 'en',
    },
    transcript: turns('2024-07-26T15:30:00Z', [
      ['agent', 'Good afternoon, you are speaking with Sam. How can I help?'],
      ['customer', 'Hi Sam. I am moving to Spain in September, so I need to cancel my contract.'],
      [
        'agent',
        'Thanks for letting us know. Your contract runs until October; with proof of emigration we can end it early without a fee.',
      ],
      ['customer', 'Good. Where do I send the proof, and when does the contract end?'],
      ['agent', 'Reply to the confirmation email with the document. The contract ends on the date you move.'],
    ]),
  },
  {
    id: '66a3f2a9e1b7c60007e9d012',
    title: 'Shop opening hours',
    channel: 'webchat',
    metadata: {
      external_conversation_id: 'rc-thread-91022',
      source: 'chat',
      queue: 'faq',
      profile: 'prospect',
      customer_id: 'P-550091',
      language: 'en',
    },
    transcript: turns('2024-07-27T09:12:30Z', [
      ['customer', 'What are the opening hours of your shop in Utrecht on Sunday?'],
      ['agent', 'The Utrecht shop is open on Sundays from 12:00 to 17:00.'],
      ['customer', 'Perfect, thanks, that is very helpful.'],
    ]),
  },
]
