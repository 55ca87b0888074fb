/**
 * Init script for the streaming measurement (plain JS in a string, see js`` in browser.ts).
 *
 * - Chunk arrival: window.fetch is wrapped; a text/event-stream body is tee'd and
 *   one branch is read by the probe, which timestamps every network chunk as it
 *   reaches JavaScript and counts the delta text it carries (cumulative chars).
 *   The app reads the other branch, so its own reading and parsing are measured.
 * - Paint: a MutationObserver on the document keeps mutations inside the element
 *   labelled "Output"; the next frame is awaited (requestAnimationFrame, or the
 *   current frame if the mutation happened inside one), the output's text length
 *   read, and a MessageChannel task posted from there marks the end of that paint.
 *   A change later in the same frame updates that length; a change after the
 *   frame starts a new measurement, so the final text is always seen painted.
 * - Long tasks: PerformanceObserver('longtask'), buffered.
 */
export const STREAM_PROBE = `(() => {
  const B = (window.__benchStream = {
    runStart: 0, arrivals: [], paints: [], longtasks: [], streams: 0, streamDoneAt: null,
    totalChars: 0, mutations: 0, streamError: null, longtaskSupported: true,
  });
  B.reset = () => {
    B.runStart = performance.now(); B.arrivals = []; B.paints = []; B.longtasks = []; B.streams = 0;
    B.streamDoneAt = null; B.totalChars = 0; B.mutations = 0; B.streamError = null;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { B.longtaskSupported = false; }

  const originalFetch = window.fetch;
  window.fetch = async function (...args) {
    const res = await originalFetch.apply(this, args);
    const type = res.headers.get('content-type') || '';
    if (!type.includes('text/event-stream') || !res.body) return res;
    const [mine, theirs] = res.body.tee();
    B.streams += 1;
    B.streamDoneAt = null;
    const reader = mine.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        const t = performance.now();
        if (done) { B.streamDoneAt = t; return; }
        buffer += decoder.decode(value, { stream: true }).replace(/\\r\\n/g, '\\n');
        let chars = 0, events = 0, deltas = 0, cut, pos = 0;
        // A cursor, not repeated slicing: a burst can bring thousands of events in one network chunk.
        while ((cut = buffer.indexOf('\\n\\n', pos)) >= 0) {
          const block = buffer.slice(pos, cut);
          pos = cut + 2;
          events += 1;
          if (/^event: ?delta$/m.test(block)) {
            deltas += 1;
            const data = block.split('\\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')).join('\\n');
            try { chars += String(JSON.parse(data).text || '').length; } catch (e) { /* not JSON: ignore */ }
          }
        }
        buffer = buffer.slice(pos);
        B.totalChars += chars;
        B.arrivals.push({ t, bytes: value.byteLength, events, deltas, chars, cumChars: B.totalChars });
      }
    })().catch((e) => { B.streamError = String(e); B.streamDoneAt = performance.now(); });
    return new Response(theirs, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  // Is a frame being produced right now (inside requestAnimationFrame callbacks)?
  const raf = window.requestAnimationFrame.bind(window);
  let inFrame = false;
  const afterPaint = (cb) => { const ch = new MessageChannel(); ch.port1.onmessage = () => cb(performance.now()); ch.port2.postMessage(0); };
  window.requestAnimationFrame = (cb) => raf((ts) => {
    if (!inFrame) { inFrame = true; afterPaint(() => { inFrame = false; }); }
    cb(ts);
  });

  // One paint measurement at a time: 'frame' = waiting for the next frame, 'paint' = its length read, waiting for the paint to end.
  let output = null;
  let phase = 'idle';
  let rec = null;
  let again = null;
  const textLength = (out) => (out.textContent || '').length;
  const measure = (out, mutAt) => {
    phase = 'frame';
    rec = { mutAt, len: 0 };
    const settle = () => {
      rec.len = textLength(out);
      phase = 'paint';
      afterPaint((paintAt) => {
        B.paints.push({ mutAt: rec.mutAt, paintAt, len: rec.len });
        phase = 'idle';
        if (again !== null) { const at = again; again = null; measure(out, at); }
      });
    };
    if (inFrame) settle(); else raf(settle);
  };
  const observer = new MutationObserver((records) => {
    if (!output || !output.isConnected) output = document.querySelector('[aria-label="Output"]');
    const out = output;
    if (!out || !records.some((r) => out.contains(r.target))) return;
    B.mutations += 1;
    const now = performance.now();
    if (phase === 'idle') measure(out, now);
    // Changed later in the same frame (another requestAnimationFrame callback): this paint shows it too.
    else if (phase === 'paint' && inFrame) rec.len = textLength(out);
    // Changed after the frame: the next frame shows it.
    else if (phase === 'paint' && again === null) again = now;
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`

/** True once the stream ended and the output shows all its text (or 3 s passed since the end). */
export const STREAM_SETTLED = `(() => {
  const B = window.__benchStream;
  if (!B || B.streams === 0 || B.streamDoneAt === null) return false;
  const last = B.paints[B.paints.length - 1];
  return (last !== undefined && last.len >= B.totalChars) || performance.now() - B.streamDoneAt > 3000;
})()`

export const STREAM_COLLECT = `(() => {
  const B = window.__benchStream;
  const data = JSON.parse(JSON.stringify({
    runStart: B.runStart, arrivals: B.arrivals, paints: B.paints, longtasks: B.longtasks, streams: B.streams,
    streamDoneAt: B.streamDoneAt, totalChars: B.totalChars, mutations: B.mutations, streamError: B.streamError,
    longtaskSupported: B.longtaskSupported, endAt: performance.now(),
  }));
  B.reset();
  return data;
})()`

export interface StreamProbeData {
  runStart: number
  arrivals: { t: number; bytes: number; events: number; deltas: number; chars: number; cumChars: number }[]
  paints: { mutAt: number; paintAt: number; len: number }[]
  longtasks: { start: number; duration: number }[]
  streams: number
  streamDoneAt: number | null
  totalChars: number
  mutations: number
  streamError: string | null
  longtaskSupported: boolean
  endAt: number
}
