/** Entry point of `npm run suite -- <suite.json>...`; see main.ts and `--help`. */
import { main } from './main'
import { runEntry } from './entry'

await runEntry(main)
