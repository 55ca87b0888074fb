/** Scripts injected into pages (addInitScript / evaluate), as strings: see js`` in browser.ts. */
import { js } from './browser'

/**
 * Marks when `selector` first appears in the DOM (MutationObserver) and the
 * frame that shows it: requestAnimationFrame runs just before the paint, and a
 * MessageChannel task posted from it runs just after. Times are performance.now(),
 * i.e. milliseconds since the navigation started.
 */
export function readyProbe(selector: string): string {
  return js`(() => {
  const selector = ${selector};
  const B = (window.__benchReady = { domAt: null, paintAt: null });
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  const obs = new MutationObserver(() => {
    if (B.domAt !== null || !document.querySelector(selector)) return;
    B.domAt = performance.now();
    obs.disconnect();
    afterPaint((t) => { B.paintAt = t; });
  });
  obs.observe(document, { childList: true, subtree: true });
})();`
}

export const READY_DONE = 'window.__benchReady && window.__benchReady.paintAt !== null'
export const READY_VALUE = '({ domAt: window.__benchReady.domAt, paintAt: window.__benchReady.paintAt })'
