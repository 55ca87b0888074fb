/**
 * Seed 002's Create Assistant example, verbatim: the request body and the
 * documented answer. Tests send the one and compare with the other.
 */
export const SEED_CREATE_BODY = {
  name: 'Help Desk Assistant',
  systemPromptGreeting: 'Hello! How can I help you with our products today?',
  systemPrompt:
    'You are a customer support assistant for ACME Gadgets. Be polite, helpful, and concise. Escalate complex issues to a human agent if necessary.',
  llmAudioContentGenerationStrategyId: 'abcdef01-2345-6789-abcd-ef0123456789',
  extensions: [
    {
      type: 'kb_search_v2',
      parameters: {
        kb_url: 'https://kb.example.com/api',
        max_results: 3,
      },
    },
  ],
  callEventHooks: [
    {
      type: 'webhook_transcript_ready_v1',
      parameters: {
        target_url: 'https://my.internal.service/transcript',
        secret_key: 's3cr3t_tr4nscr1pt',
      },
    },
  ],
  telephoneNumberId: '11223344-5566-7788-9900-aabbccddeeff',
}

/** The documented answer's `data` (its ids are the server's, so tests compare everything else). */
export const SEED_CREATE_ANSWER_DATA = {
  id: '550e8400-e29b-41d4-a716-446655440000',
  name: 'Help Desk Assistant',
  systemPrompt:
    'You are a customer support assistant for ACME Gadgets. Be polite, helpful, and concise. Escalate complex issues to a human agent if necessary.',
  llmAudioContentGenerationStrategyId: 'abcdef01-2345-6789-abcd-ef0123456789',
  extensions: [
    {
      id: 'deadbeef-cafe-babe-feed-faceabadb001',
      name: 'Knowledge Base Search',
      type: 'kb_search_v2',
      parameters: {
        kb_url: 'https://kb.example.com/api',
        max_results: 3,
        auth_token: null,
      },
    },
  ],
  callEventHooks: [
    {
      id: 'b00bface-1337-badd-cafe-d00df00dcafe',
      type: 'webhook_transcript_ready_v1',
      parameters: {
        target_url: 'https://my.internal.service/transcript',
        secret_key: 's3cr3t_tr4nscr1pt',
      },
    },
  ],
  systemPromptGreeting: 'Hello! How can I help you with our products today?',
  telephoneNumberId: '11223344-5566-7788-9900-aabbccddeeff',
}
