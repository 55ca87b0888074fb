/** Where the mock's second Deepdesk tenant lives (shared by the mock, the console server and tests). */
export const PRODUCTION_TENANT = 'production'
export const TENANT_PREFIX = `/tenants/${PRODUCTION_TENANT}`
