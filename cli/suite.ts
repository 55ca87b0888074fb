/** Entry point of `npm run suite -- <suite.json>...`; see main.ts and `--help`. */
import { main } from './main'

// Output piped into a reader that stopped (`| head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })

const controller = new AbortController()
// First Ctrl+C stops the runs (in-flight requests cancelled, reports still written); a second one quits at once.
process.once('SIGINT', () => {
  controller.abort()
  process.once('SIGINT', () => process.exit(130))
})

process.exitCode = await main(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY, columns: process.stdout.columns },
  stderr: { write: (text) => process.stderr.write(text) },
  env: process.env,
  signal: controller.signal,
})
