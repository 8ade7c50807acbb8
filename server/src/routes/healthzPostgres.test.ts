import { afterEach, describe, expect, it } from 'vitest'

import { parseConfig } from '../config.ts'
import { startServer } from '../startServer.ts'
import type { RunningServer } from '../startServer.ts'
import { silentLogger } from '../testing/boardFixtures.ts'
import { createTestSchema, TEST_DATABASE_URL } from '../testing/postgresTestSchema.ts'
import type { TestSchema } from '../testing/postgresTestSchema.ts'
import { requirePostgres } from '../testing/requirePostgres.ts'
import { TcpProxy } from '../testing/TcpProxy.ts'

const available = await requirePostgres('/healthz on PostgreSQL tests')

describe.skipIf(!available)('/healthz on PostgreSQL', () => {
  let server: RunningServer | undefined
  let proxy: TcpProxy | undefined
  let schema: TestSchema | undefined
  afterEach(async () => {
    await proxy?.start().catch(() => {}) // let the store close cleanly
    await server?.close()
    await proxy?.cut()
    await schema?.drop()
  })

  it('serves boards from DATABASE_URL, answers 503 while the database is unreachable, 200 once it is back', async () => {
    schema = await createTestSchema()
    const database = new URL(TEST_DATABASE_URL)
    proxy = new TcpProxy({ host: database.hostname, port: Number(database.port || 5432) })
    const viaProxy = new URL(schema.url)
    viaProxy.host = `127.0.0.1:${await proxy.start()}`
    server = await startServer(
      {
        ...parseConfig({ DATABASE_URL: viaProxy.toString(), DATA_DIR: '/dev/null/no-sqlite-here' }),
        port: 0,
      },
      { logger: silentLogger, clientDir: null, unloadDelayMs: 50 },
    )
    const created = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect(await server.store.getBoard(id)).toMatchObject({ id })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    await proxy.cut()
    const down = await fetch(`${server.url}/healthz`)
    expect(down.status).toBe(503)
    expect(await down.json()).toMatchObject({ ok: false, store: 'unreachable' })

    await proxy.start()
    let status = 0
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await fetch(`${server.url}/healthz`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(status).toBe(200)
  })
})
