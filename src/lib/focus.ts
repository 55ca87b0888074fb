/**
 * Where keyboard focus goes when the element that had it is gone: after a
 * dialog whose trigger was removed or disabled, and after a navigation. The
 * page's heading is the landmark a screen reader user expects to start from.
 */
export function focusPageHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('#main h1')
  if (!heading) return false
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: false })
  return document.activeElement === heading
}

/** Focuses `el` if it is still on the page and can take focus; otherwise the page's heading. */
export function restoreFocus(el: Element | null): void {
  if (
    el instanceof HTMLElement &&
    el.isConnected &&
    !(el as HTMLButtonElement).disabled &&
    el.getAttribute('aria-hidden') !== 'true'
  ) {
    el.focus()
    if (document.activeElement === el) return
  }
  focusPageHeading()
}
