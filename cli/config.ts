/** Entry point of `npm run config -- export|plan|apply …`; see config/main.ts and `--help`. */
import { main } from './config/main'
import { runEntry } from './entry'

await runEntry(main)
