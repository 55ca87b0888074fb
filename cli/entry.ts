/** What both CLI entry points do around their `main`: quiet EPIPE, Ctrl+C as a cancel signal, the exit code. */

export interface EntryIo {
  stdout: { write: (text: string) => unknown; isTTY?: boolean; columns?: number }
  stderr: { write: (text: string) => unknown }
  env: Record<string, string | undefined>
  signal: AbortSignal
}

export async function runEntry(main: (argv: string[], io: EntryIo) => Promise<number>): Promise<void> {
  // Output piped into a reader that stopped (`| head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  const controller = new AbortController()
  // The first Ctrl+C cancels (each command reports what it did); a second one quits at once.
  process.once('SIGINT', () => {
    controller.abort()
    process.once('SIGINT', () => process.exit(130))
  })
  process.exitCode = await main(process.argv.slice(2), {
    stdout: {
      write: (text) => process.stdout.write(text),
      isTTY: process.stdout.isTTY,
      columns: process.stdout.columns,
    },
    stderr: { write: (text) => process.stderr.write(text) },
    env: process.env,
    signal: controller.signal,
  })
}
