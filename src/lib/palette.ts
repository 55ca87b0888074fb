/**
 * Opens the command palette from anywhere, including places that swallow the
 * keyboard shortcut before it reaches the window (Monaco handles Ctrl+K itself).
 */
const EVENT = 'console:toggle-palette'

export function togglePalette(): void {
  window.dispatchEvent(new Event(EVENT))
}

export function onTogglePalette(listener: () => void): () => void {
  window.addEventListener(EVENT, listener)
  return () => window.removeEventListener(EVENT, listener)
}
