/**
 * Demo data: a dental practice's voice receptionist (knowledge base search and
 * a signed transcript webhook), its after-hours line, and a web shop's order
 * status assistant using an extension type the contract does not know. All
 * under the demo vendor and organization, with fixed ids so links and tests
 * can name them. Hosts use the reserved `.example` domain; the secrets are
 * demo values.
 */
import {
  DEEPSLATE_DEMO_ORGANIZATION_ID,
  DEEPSLATE_DEMO_PHONE_NUMBER_IDS,
  DEEPSLATE_DEMO_STRATEGY_ID,
  DEEPSLATE_DEMO_VENDOR_ID,
} from '../../../src/contract/deepslate/demo'
import type { AssistantRecord, SeedData } from './store'

export const SEED_IDS = {
  receptionist: 'c0a80101-1d2e-4f3a-8b4c-5d6e7f8a9b01',
  afterHours: 'c0a80101-1d2e-4f3a-8b4c-5d6e7f8a9b02',
  orderStatus: 'c0a80101-1d2e-4f3a-8b4c-5d6e7f8a9b03',
} as const

/** Demo secrets, exported so tests can prove they never reach a log. */
export const SEED_SECRETS = {
  receptionistKbToken: 'kb-demo-token-7f3a9c21e5b8',
  receptionistWebhookSecret: 'whsec_demo_4b8e2f17c9d3a6',
} as const

const tenant = { vendorId: DEEPSLATE_DEMO_VENDOR_ID, organizationId: DEEPSLATE_DEMO_ORGANIZATION_ID }

const assistants: AssistantRecord[] = [
  {
    id: SEED_IDS.receptionist,
    ...tenant,
    name: 'Front Desk Receptionist',
    systemPromptGreeting: 'Good morning, thank you for calling Harbour Dental. This is Mia. How can I help you today?',
    systemPrompt: [
      'You are Mia, the virtual receptionist of Harbour Dental, a dental practice in Hamburg.',
      'Answer questions about opening hours, treatments, prices and insurance using the knowledge base search; never guess.',
      "Book, move or cancel appointments only after confirming the caller's full name and date of birth.",
      'Never give medical advice. For pain, swelling or bleeding, offer the emergency line and end politely.',
      'This is a phone call: keep answers to one or two short sentences and spell out numbers.',
    ].join('\n'),
    llmAudioContentGenerationStrategyId: DEEPSLATE_DEMO_STRATEGY_ID,
    extensions: [
      {
        id: 'e1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f601',
        type: 'kb_search_v2',
        parameters: {
          kb_url: 'https://kb.harbour-dental.example/api/search',
          max_results: 4,
          auth_token: SEED_SECRETS.receptionistKbToken,
        },
      },
    ],
    callEventHooks: [
      {
        id: 'f1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f601',
        type: 'webhook_transcript_ready_v1',
        parameters: {
          target_url: 'https://crm.harbour-dental.example/hooks/deepslate/transcripts',
          secret_key: SEED_SECRETS.receptionistWebhookSecret,
        },
      },
    ],
    telephoneNumberId: DEEPSLATE_DEMO_PHONE_NUMBER_IDS.mainLine,
  },
  {
    id: SEED_IDS.afterHours,
    ...tenant,
    name: 'After-Hours Line',
    systemPromptGreeting:
      'You have reached Harbour Dental outside our opening hours. I can take a message or help with an urgent problem.',
    systemPrompt: [
      'You answer Harbour Dental calls outside opening hours (Monday to Friday 8:00 to 18:00).',
      "Take a message: the caller's name, phone number and reason for calling; read it back to confirm.",
      'For severe pain, an injury or heavy bleeding, give the dental emergency service number 040 228 022.',
      'Do not book appointments; say the team will call back on the next working day.',
    ].join('\n'),
    llmAudioContentGenerationStrategyId: DEEPSLATE_DEMO_STRATEGY_ID,
    extensions: [],
    callEventHooks: [
      {
        id: 'f1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f602',
        type: 'webhook_transcript_ready_v1',
        parameters: { target_url: 'https://ops.harbour-dental.example/after-hours/transcripts', secret_key: null },
      },
    ],
    telephoneNumberId: DEEPSLATE_DEMO_PHONE_NUMBER_IDS.afterHours,
  },
  {
    id: SEED_IDS.orderStatus,
    ...tenant,
    name: 'Order Status Assistant',
    systemPromptGreeting: 'Hi, this is the Nordlicht Outdoor order line. Do you have your order number at hand?',
    systemPrompt: [
      'You help Nordlicht Outdoor customers with the status of their orders, deliveries and returns.',
      'Look orders up by order number (format NO-123456) with the order lookup; ask for the postcode to confirm it is theirs.',
      'Use the knowledge base search for return and shipping policies.',
      'Never promise refunds or delivery dates the lookup does not show.',
    ].join('\n'),
    llmAudioContentGenerationStrategyId: DEEPSLATE_DEMO_STRATEGY_ID,
    extensions: [
      {
        id: 'e1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f603',
        type: 'kb_search_v2',
        parameters: { kb_url: 'https://help.nordlicht-outdoor.example/kb/api', max_results: 3, auth_token: null },
      },
      {
        id: 'e1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f604',
        type: 'order_lookup_v1',
        parameters: {
          api_url: 'https://shop.nordlicht-outdoor.example/api/orders/{orderNumber}',
          fields: ['status', 'carrier', 'tracking_url', 'estimated_delivery'],
          timeout_ms: 3000,
        },
      },
    ],
    callEventHooks: [],
    telephoneNumberId: null,
  },
]

export function buildSeed(): SeedData {
  return {
    tenants: [{ vendorId: DEEPSLATE_DEMO_VENDOR_ID, organizationIds: [DEEPSLATE_DEMO_ORGANIZATION_ID] }],
    assistants: JSON.parse(JSON.stringify(assistants)) as AssistantRecord[],
  }
}

export function buildEmpty(): SeedData {
  return { ...buildSeed(), assistants: [] }
}
