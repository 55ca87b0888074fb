/**
 * Demo data: the seed document's own assistant (its id, OpenAI id, credential
 * and icon, so its GET/PUT/DELETE examples work verbatim), three more with
 * icons served by this mock or inline, and the credentials they reference.
 */
import type { AssistantType } from '../../../src/contract/flowise/assistant-write'
import { OPENAI_CREDENTIAL_NAME } from '../../../src/contract/flowise/credential'
import { INLINE_ICON } from './icons'
import type { AssistantRecord, CredentialRecord, FlowiseState } from './store'

export const DEMO_WORKSPACE_ID = 'b6f1d7a2-3c4e-4f5a-8b9c-0d1e2f3a4b5c'
/** The seed's example ids. */
export const SEED_ASSISTANT_ID = 'd290f1ee-6c54-4b01-90e6-d701748f0851'
export const SEED_OPENAI_ID = 'asst_zbNeYIuXIUSKVHjJkfRo6ilv'
export const SEED_CREDENTIAL_ID = '7db93c02-8d5a-4117-a8f1-3dfb6721b339'
export const SUPPORT_CREDENTIAL_ID = '5c8e2b1a-9d4f-4a3b-b6c7-2e1f0a9b8c7d'
/** Not an OpenAI key: OpenAI assistants cannot use it (the mock answers Flowise's "OpenAI ApiKey not found"). */
export const ANTHROPIC_CREDENTIAL_ID = 'e3a1f5c9-7b2d-4e6f-8a0b-4c3d2e1f0a9b'

function credential(id: string, name: string, credentialName: string, date: string): CredentialRecord {
  return { id, name, credentialName, createdDate: date, updatedDate: date, workspaceId: DEMO_WORKSPACE_ID }
}

function assistant(
  id: string,
  type: AssistantType,
  details: Record<string, unknown>,
  credentialId: string,
  iconSrc: string | null,
  createdDate: string,
  updatedDate = createdDate,
): AssistantRecord {
  return {
    id,
    details: JSON.stringify(details),
    credential: credentialId,
    iconSrc,
    type,
    createdDate,
    updatedDate,
    workspaceId: DEMO_WORKSPACE_ID,
  }
}

function generated(index: number): AssistantRecord {
  const n = String(index + 1).padStart(4, '0')
  const date = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString()
  return assistant(
    `00000000-0000-4000-8000-${n.padStart(12, '0')}`,
    'OPENAI',
    {
      id: `asst_generated${n}`,
      name: `Generated assistant ${n}`,
      description: 'Generated for long lists.',
      model: 'gpt-4o-mini',
      instructions: 'You are a helpful assistant.',
      temperature: 1,
      top_p: 1,
      tools: [],
      tool_resources: {},
    },
    SEED_CREDENTIAL_ID,
    '/images/assistant.png',
    date,
  )
}

export function buildFlowiseSeed(extraAssistants = 0): FlowiseState {
  const credentials = [
    credential(SEED_CREDENTIAL_ID, 'OpenAI (demo)', OPENAI_CREDENTIAL_NAME, '2024-08-20T09:00:00.000Z'),
    credential(SUPPORT_CREDENTIAL_ID, 'OpenAI (support team)', OPENAI_CREDENTIAL_NAME, '2024-09-02T10:30:00.000Z'),
    credential(ANTHROPIC_CREDENTIAL_ID, 'Anthropic (demo)', 'anthropicApi', '2024-09-10T16:45:00.000Z'),
  ]
  const assistants = [
    assistant(
      SEED_ASSISTANT_ID,
      'OPENAI',
      {
        id: SEED_OPENAI_ID,
        name: 'Help Center Assistant',
        description: 'Answers customer questions from the help-center articles.',
        model: 'gpt-4',
        instructions: 'You are a helpful assistant, do your best to answer question and query',
        temperature: 1,
        top_p: 1,
        tools: ['function', 'code_interpreter', 'file_search'],
        tool_resources: {
          code_interpreter: { file_ids: [] },
          file_search: { vector_store_ids: ['vs_helpcenter2024articles'] },
        },
      },
      SEED_CREDENTIAL_ID,
      '/images/assistant.png',
      '2024-08-24T14:15:22.000Z',
    ),
    assistant(
      '8f14e45f-ceea-467f-a0e6-3b9c1d2e4f5a',
      'OPENAI',
      {
        id: 'asst_Qm7RtY2pLx9VbN4cKd8EfGh1',
        name: 'Support Triage',
        description: 'Sorts incoming tickets by product and urgency, and drafts the first reply.',
        model: 'gpt-4o',
        instructions:
          'Read the ticket. Answer with the product, an urgency from 1 to 4 and a short first reply in the customer language. Never promise refunds.',
        temperature: 0.3,
        top_p: 1,
        tools: ['function', 'file_search'],
        tool_resources: { file_search: { vector_store_ids: ['vs_supportplaybooks'] } },
      },
      SUPPORT_CREDENTIAL_ID,
      '/images/support-agent.svg',
      '2024-09-03T08:12:40.000Z',
      '2024-10-15T11:02:09.000Z',
    ),
    assistant(
      '1b6453a2-7c8d-4e9f-9a0b-5c6d7e8f9a0b',
      'OPENAI',
      {
        id: 'asst_Hs3Wq8ZkTn5JcR1mPv6XyB2d',
        name: 'Sales Data Analyst',
        description: 'Explores the monthly sales exports and charts trends.',
        model: 'gpt-4o-mini',
        instructions:
          'You analyse CSV sales exports with Python. Show the code you ran, then a chart and three findings in plain words.',
        temperature: 0.2,
        top_p: 0.9,
        tools: ['code_interpreter'],
        tool_resources: {
          code_interpreter: {
            file_ids: ['file-Xb2LsQ9wEr4TyU7iOp1AsD3f'],
            files: [{ id: 'file-Xb2LsQ9wEr4TyU7iOp1AsD3f', filename: 'sales-2024-q3.csv' }],
          },
        },
      },
      SEED_CREDENTIAL_ID,
      '/images/data-analyst.svg',
      '2024-10-01T13:45:00.000Z',
    ),
    assistant(
      '4a7b9c2d-1e3f-4a5b-8c6d-9e0f1a2b3c4d',
      'OPENAI',
      {
        id: 'asst_Lp4Nc7Vd2Xs9Kq1Wm8Rt5Yb6',
        name: 'Release Notes Writer',
        description: 'Turns merged pull-request titles into customer-facing release notes.',
        model: 'gpt-4.1-mini',
        instructions: 'Group the changes into New, Improved and Fixed. One sentence each, no internal ticket numbers.',
        temperature: 0.7,
        top_p: 1,
        tools: [],
        tool_resources: {},
      },
      SEED_CREDENTIAL_ID,
      INLINE_ICON,
      '2024-11-12T17:20:31.000Z',
    ),
    assistant(
      '9d2e4f6a-8b0c-4d1e-a3f5-7b9c1d3e5f7a',
      'CUSTOM',
      {
        name: 'Travel Planner',
        chatModel: { name: 'chatOpenAI', label: 'ChatOpenAI', inputs: { modelName: 'gpt-4o-mini', temperature: 0.7 } },
        instruction: 'Plan trips day by day with travel times between stops. Ask for dates and budget first.',
        flowId: '2f7c9e1a-4b6d-4c8e-9f0a-1b3d5e7f9a2c',
        documentStores: [],
        tools: [],
      },
      // CUSTOM assistants hold a client-generated UUID here, not a credential (Flowise's UI does the same).
      '6e8a0c2e-4f6a-4b8c-9d0e-2f4a6c8e0a1b',
      '/images/travel-planner.svg',
      '2025-01-08T07:55:12.000Z',
    ),
  ]
  for (let i = 0; i < extraAssistants; i += 1) assistants.push(generated(i))
  return { assistants, credentials }
}
