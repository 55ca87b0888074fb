/** Entry point of `npm run config -- export|plan|apply …`; see config/main.ts and `--help`. */
import { main } from './config/main'

// Output piped into a reader that stopped (`| head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })

const controller = new AbortController()
// Ctrl+C stops before the next step (the report says what was applied); a second one quits at once.
process.once('SIGINT', () => {
  controller.abort()
  process.once('SIGINT', () => process.exit(130))
})

process.exitCode = await main(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text) },
  stderr: { write: (text) => process.stderr.write(text) },
  env: process.env,
  signal: controller.signal,
})
