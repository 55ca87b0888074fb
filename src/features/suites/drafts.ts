/**
 * Unsaved edits of suites and cases are kept as drafts like every form's, but
 * under one fixed scope instead of a connection: suites are about assistant
 * codes and the same suite is edited whatever the active connection.
 */
export const SUITES_DRAFT_SCOPE = 'suites'
