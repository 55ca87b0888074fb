import { describe, expect, it } from 'vitest'
import { readFlowiseApiError, toFormFieldErrors } from './errors'

describe('readFlowiseApiError', () => {
  it('keys the mock’s field errors by the form’s field names', () => {
    const e = readFlowiseApiError(
      400,
      {
        statusCode: 400,
        success: false,
        message:
          'Error: assistantsService.updateAssistant - details.temperature: Temperature must be a number between 0 and 2. credential: OpenAI ApiKey not found: pick an OpenAI API credential.',
        stack: {},
        fieldErrors: {
          'details.temperature': ['Temperature must be a number between 0 and 2.'],
          credential: ['OpenAI ApiKey not found: pick an OpenAI API credential.'],
          iconSrc: ['iconSrc must be a string or null.'],
        },
      },
      'Bad Request',
    )
    expect(e?.status).toBe(400)
    expect(e?.kind).toBe('http')
    expect(e?.fieldErrors).toEqual({
      temperature: ['Temperature must be a number between 0 and 2.'],
      credential: ['OpenAI ApiKey not found: pick an OpenAI API credential.'],
      iconSrc: ['iconSrc must be a string or null.'],
    })
    expect(e?.message).toMatch(/^details\.temperature: Temperature/)
  })

  it('folds nested paths into their field, saying where inside a resource', () => {
    expect(
      toFormFieldErrors({
        'details.tools.1': ['Unknown tool: use "function", "code_interpreter" or "file_search".'],
        'details.tools': ['Each tool may be listed once.'],
        'details.tool_resources.file_search.vector_store_ids': ['At most 1 ids.'],
        details: ['Details must be valid JSON'],
        body: ['The request body must be a JSON object.'],
      }),
    ).toEqual({
      tools: ['Unknown tool: use "function", "code_interpreter" or "file_search".', 'Each tool may be listed once.'],
      tool_resources: ['file_search.vector_store_ids: At most 1 ids.'],
      details: ['Details must be valid JSON'],
      body: ['The request body must be a JSON object.'],
    })
  })

  it('reads a 404 without Flowise’s service prefix, and a refused key as auth', () => {
    const gone = readFlowiseApiError(
      404,
      {
        statusCode: 404,
        success: false,
        message: 'Error: assistantsService.getAssistantById - Assistant x not found',
        stack: {},
      },
      'Not Found',
    )
    expect(gone?.isNotFound).toBe(true)
    expect(gone?.message).toBe('Assistant x not found')
    expect(gone?.hasFieldErrors).toBe(false)
    const refused = readFlowiseApiError(401, { error: 'Unauthorized Access' }, 'Unauthorized')
    expect(refused?.kind).toBe('auth')
    expect(refused?.message).toContain('Unauthorized Access')
  })

  it('leaves other bodies to the default reading', () => {
    expect(readFlowiseApiError(502, '<html>Bad gateway</html>', 'Bad Gateway')).toBeNull()
  })
})
