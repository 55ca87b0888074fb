/**
 * Fixed identities of the Deepslate demo tenant. The mock seeds its assistants
 * under them, and the console can prefill its connection form with them.
 */

/** The demo vendor every seeded assistant belongs to. */
export const DEEPSLATE_DEMO_VENDOR_ID = '5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b'

/** The demo organization (of the demo vendor). */
export const DEEPSLATE_DEMO_ORGANIZATION_ID = '0f9e8d7c-6b5a-4948-8372-615f4e3d2c1b'

/** The API key the mock accepts unless configured otherwise (a demo value, not a secret). */
export const DEMO_DEEPSLATE_KEY = 'demo-deepslate-key'

/** The LLM audio content generation strategy the demo assistants use (prefill for new assistants). */
export const DEEPSLATE_DEMO_STRATEGY_ID = '3f2b8c1d-7e4a-4b9f-a6d2-1c8e5f0a9b7d'

/** Telephone numbers of the demo organization: the main line and the after-hours line. */
export const DEEPSLATE_DEMO_PHONE_NUMBER_IDS = {
  mainLine: '7a1c3e5f-2b4d-4f6a-8c9e-0d2f4a6b8c1e',
  afterHours: '9c2e4a6b-8d0f-4a1c-9e3b-5f7a9c1e3b5d',
} as const
