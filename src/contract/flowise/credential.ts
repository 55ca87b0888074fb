/**
 * A Flowise credential as `GET /credentials` lists it: never its secret data
 * (Flowise omits `encryptedData`). Assistants reference one by `id`; an OpenAI
 * assistant needs one whose `credentialName` is `openAIApi`.
 */
import { z } from 'zod'
import { listOf } from './read-list'

export const OPENAI_CREDENTIAL_NAME = 'openAIApi'

export const credentialSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  credentialName: z.string(),
  createdDate: z.string().optional(),
  updatedDate: z.string().optional(),
  workspaceId: z.string().nullable().optional(),
})
export type Credential = z.output<typeof credentialSchema>
export const credentialListSchema = z.array(credentialSchema)
export const credentialListReader = listOf(credentialSchema)
