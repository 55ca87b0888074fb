import { describe, expect, it } from 'vitest'
import type { Assistant } from '@/contract/assistant'
import type { Tool } from '@/contract/tool'
import { assistantsUsingTool, searchTools } from './tool-usage'

const tools: Tool[] = [
  {
    id: 12,
    data: {
      name: 'call_api',
      description: 'Calls a configured API.',
      parameters: { type: 'object', properties: { api_code: { type: 'string' } }, required: ['api_code'] },
    },
  },
  { id: 7, data: { name: 'get_current_time', description: 'Current time.' } },
  { id: 99, data: { something: 'else' } },
]

describe('tool catalogue', () => {
  it('finds assistants that enable a tool', () => {
    const a = { code: 'a', tools: [12] } as Assistant
    const b = { code: 'b', tools: [7] } as Assistant
    expect(assistantsUsingTool([a, b], 12)).toEqual([a])
  })
  it('searches and sorts by name, coping with unknown data shapes', () => {
    expect(searchTools(tools, '').map((e) => e.info.name)).toEqual(['call_api', 'get_current_time', 'tool-99'])
    expect(searchTools(tools, 'configured').map((e) => e.tool.id)).toEqual([12])
  })
})
