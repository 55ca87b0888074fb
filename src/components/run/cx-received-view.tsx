/** "Received by CX platform": the request as the mock's CX platform got it, under the call_api result. */
import { Server } from 'lucide-react'
import type { CxReceived } from './cx-received'

function Pairs({ label, pairs }: { label: string; pairs: [string, string][] }) {
  if (pairs.length === 0) return null
  return (
    <div>
      <dt className="text-[11px] font-medium tracking-wide text-muted uppercase">{label}</dt>
      <dd>
        <ul className="font-mono text-xs break-all">
          {pairs.map(([name, value], i) => (
            <li key={i}>
              <span className="text-muted">{name}:</span> {value}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  )
}

export function CxReceivedView({ received }: { received: CxReceived }) {
  const body =
    received.body === null || received.body === undefined
      ? null
      : typeof received.body === 'string'
        ? received.body
        : JSON.stringify(received.body, null, 2)
  return (
    <section
      aria-label="Received by CX platform"
      className="mt-1.5 rounded-md border border-success/30 bg-success/5 p-2 text-xs"
    >
      <h3 className="flex items-center gap-1.5 font-medium text-success">
        <Server className="size-3.5" aria-hidden /> Received by CX platform
        {received.via === 'in-process' ? <span className="font-normal text-muted">(built into the mock)</span> : null}
      </h3>
      <p className="mt-1 font-mono break-all">
        <span className="font-semibold">{received.method}</span> {received.path}
      </p>
      <dl className="mt-1 flex flex-col gap-1">
        <Pairs label="Query" pairs={received.query} />
        <Pairs label="Headers (values masked)" pairs={received.headers} />
        <div>
          <dt className="text-[11px] font-medium tracking-wide text-muted uppercase">Body</dt>
          <dd>
            {body === null ? (
              <span className="text-muted italic">none</span>
            ) : (
              <pre className="max-h-40 overflow-auto font-mono break-words whitespace-pre-wrap">{body}</pre>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
