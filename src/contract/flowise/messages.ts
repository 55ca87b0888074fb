/**
 * Field messages shared by the console's Flowise forms and the Flowise mock,
 * so a field error reads the same wherever it was produced. The three
 * `details` messages are Flowise's own (its server answers them with 412).
 */
export const messages = {
  detailsRequired: 'details is required: an object, or a string holding a JSON object.',
  detailsType: 'details must be a JSON object, or a string holding a JSON object.',
  detailsEmpty: 'Details cannot be empty',
  detailsInvalidJson: 'Details must be valid JSON',
  detailsNotObject: 'details must hold a JSON object, not an array or a plain value.',
  customName: 'Details must include a name field',
  nameRequired: 'Name is required.',
  nameBlank: 'Name may not be blank.',
  modelRequired: 'Model is required.',
  modelBlank: 'Model may not be blank.',
  string: 'Must be a string.',
  max: (n: number) => `Must be at most ${n} characters.`,
  assistantId: 'Must be an OpenAI assistant id such as asst_zbNeYIuXIUSKVHjJkfRo6ilv.',
  temperature: 'Temperature must be a number between 0 and 2.',
  topP: 'top_p must be a number between 0 and 1.',
  tools: 'tools must be a list of "function", "code_interpreter" and "file_search".',
  toolUnknown: 'Unknown tool: use "function", "code_interpreter" or "file_search".',
  toolDuplicate: 'Each tool may be listed once.',
  toolResources: 'tool_resources must be a JSON object of tool names to objects.',
  toolResource: 'Each tool resource must be a JSON object.',
  ids: 'Must be a list of non-empty id strings.',
  idsMax: (n: number) => `At most ${n} ids.`,
  credentialRequired: 'credential is required: the id of a Flowise credential.',
  credentialUuid: 'credential must be a UUID (the id of a Flowise credential).',
  credentialNotFound: (id: string) => `Credential ${id} not found`,
  credentialNotOpenAi: 'OpenAI ApiKey not found: pick an OpenAI API credential.',
  iconSrc:
    'iconSrc must be a path starting with "/", an http(s) URL, or a data:image URL (PNG, JPEG, GIF, WebP or SVG).',
  iconSrcType: 'iconSrc must be a string or null.',
  type: 'type must be one of OPENAI, AZURE, CUSTOM.',
  body: 'The request body must be a JSON object.',
} as const
