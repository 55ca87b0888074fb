/**
 * Checks the Flowise mock's answers against contract/flowise.openapi.yaml,
 * with the Deepdesk mock's checker (server/mock/conformance.ts). Paths may
 * carry the mount prefix (`/platforms/flowise`); it is taken off first. An
 * answer on a path the contract does not list (a 404, or the 401 that comes
 * first without a key) is checked as the same answer on a listed path.
 */
import { createConformanceValidator, loadOpenApi, type ConformanceValidator } from '../../mock/conformance'

export const FLOWISE_OPENAPI_FILE = new URL('../../../contract/flowise.openapi.yaml', import.meta.url)
export const FLOWISE_MOUNT_PATH = '/platforms/flowise'

const UNLISTED = 'no documented operation for'
/** Where the contract documents the 401 and 404 that any path may answer. */
const STAND_IN: Readonly<Record<number, [string, string]>> = {
  401: ['GET', '/assistants'],
  404: ['GET', '/assistants/unknown'],
}

export function withoutMount(path: string): string {
  if (path === FLOWISE_MOUNT_PATH) return '/'
  return path.startsWith(`${FLOWISE_MOUNT_PATH}/`) ? path.slice(FLOWISE_MOUNT_PATH.length) : path
}

export function createFlowiseConformanceValidator(): ConformanceValidator {
  const inner = createConformanceValidator(loadOpenApi(FLOWISE_OPENAPI_FILE))
  return {
    validate(method, path, status, body, hasJsonBody) {
      const standIn = STAND_IN[status]
      let errors: string[]
      try {
        errors = inner.validate(method, withoutMount(path), status, body, hasJsonBody)
      } catch (error) {
        // The shared checker reads an unlisted path's 404 as Deepdesk's `Detail`, which this contract lacks.
        if (!standIn) throw error
        errors = [`${UNLISTED} ${method} ${path}`]
      }
      if (standIn && errors.length === 1 && errors[0]?.startsWith(UNLISTED))
        return inner.validate(standIn[0], standIn[1], status, body, hasJsonBody)
      return errors
    },
  }
}
