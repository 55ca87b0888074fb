/**
 * The tool catalogue. Ids are stable: `call_api` is 12, as in the guide's
 * `"tools": [12]`. Each tool's `data` carries a JSON Schema of its parameters
 * and an example of how to mention it in instructions.
 */
import type { ToolRecord } from '../store/state'

export const CALL_API_TOOL_ID = 12
export const SUMMARIZER_TOOL_SOURCE = 'demo-conversation-summarizer'

const str = (description: string) => ({ type: 'string', description })

export const SEED_TOOLS: ToolRecord[] = [
  {
    id: 7,
    source_assistant: null,
    data: {
      name: 'get_current_time',
      description:
        'Returns the current date and time, e.g. to check whether the contact center is within business hours.',
      parameters: {
        type: 'object',
        properties: { timezone: str('IANA time zone, e.g. "Europe/Amsterdam". Defaults to UTC.') },
        required: [],
      },
      example_usage:
        'Before offering a callback, call "get_current_time" with timezone "Europe/Amsterdam" and only offer it between 09:00 and 17:00 on weekdays.',
    },
  },
  {
    id: 8,
    source_assistant: null,
    data: {
      name: 'write_to_memory',
      description:
        'Stores a piece of data under a key, for later turns of the same conversation. It appears in the <memory> block of the prompt.',
      parameters: {
        type: 'object',
        properties: {
          key: str('Name to store the data under, e.g. "customer_intent".'),
          data: str('The value to remember.'),
        },
        required: ['key', 'data'],
      },
      example_usage:
        'When you have determined the customer\'s intent, call "write_to_memory" with key "customer_intent" and the intent as data.',
    },
  },
  {
    id: 9,
    source_assistant: null,
    data: {
      name: 'call_knowledge_assist',
      description: 'Searches the knowledge base and returns the most relevant articles with their passages.',
      parameters: {
        type: 'object',
        properties: {
          query: str("The question to search for, in the customer's words."),
          max_results: { type: 'integer', description: 'How many articles to return (1-10).', default: 3 },
        },
        required: ['query'],
      },
      example_usage:
        'Always call "call_knowledge_assist" with the customer\'s question as query before answering, and only answer from the passages it returns.',
    },
  },
  {
    id: 10,
    source_assistant: null,
    data: {
      name: 'run_python',
      description:
        'Executes a short Python 3 snippet in a sandbox and returns its standard output. For calculations and data analysis.',
      parameters: {
        type: 'object',
        properties: { code: str('Python 3 source; print() the result.') },
        required: ['code'],
      },
      example_usage:
        'To compute a pro-rated refund, call "run_python" with code that prints the amount; never do the arithmetic yourself.',
    },
  },
  {
    id: 11,
    source_assistant: null,
    data: {
      name: 'browse_web',
      description:
        'Fetches a web page and returns its readable text, for real-time information such as service status pages.',
      parameters: {
        type: 'object',
        properties: { url: { type: 'string', format: 'uri', description: 'The page to read.' } },
        required: ['url'],
      },
      example_usage:
        'If the customer reports an outage, call "browse_web" with url "https://status.example.com" and mention any known incident.',
    },
  },
  {
    id: CALL_API_TOOL_ID,
    source_assistant: null,
    data: {
      name: 'call_api',
      description:
        "Calls a configured API. The API's base URL and credential headers are configured separately and never enter the prompt.",
      parameters: {
        type: 'object',
        properties: {
          api_code: str('Code of the configured API, e.g. "demo-cx-platform".'),
          path: str("Path appended to the API's URL; may contain a query string."),
          method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], description: 'HTTP method.' },
          headers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Extra request headers.' },
          payload: { type: 'object', description: 'JSON body to send.' },
        },
        required: ['api_code', 'path', 'method'],
      },
      example_usage:
        'When the category has been determined, call the "call_api" function:\n- api_code: demo-cx-platform\n- path: /threads/{conversation_id}/categories?thread_category_ids[]={new_category_id}\n- method: PUT',
    },
  },
  {
    id: 13,
    source_assistant: SUMMARIZER_TOOL_SOURCE,
    data: {
      name: 'call_assistant_demo_conversation_summarizer',
      description: 'Calls the "Conversation summarizer" assistant and returns its output: delegate summaries to it.',
      parameters: {
        type: 'object',
        properties: {
          input: { type: 'object', description: 'Parameters for the called assistant.' },
          conversation_id: str('Conversation to summarize.'),
        },
        required: [],
      },
      example_usage:
        'Before deciding, call "call_assistant_demo_conversation_summarizer" to get a summary of the conversation, and base your decision on it.',
    },
  },
]
