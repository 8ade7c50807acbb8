import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { SqliteStore } from './SqliteStore.ts'
import { storeContract } from './storeContract.ts'

// Every store opened on a place shares one file in a folder that does not exist yet, as two
// processes on one DATA_DIR would.
storeContract('SqliteStore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bordduk-store-'))
  const file = join(dir, 'nested', 'bordduk.sqlite')
  return {
    open: async () => new SqliteStore(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  }
})
