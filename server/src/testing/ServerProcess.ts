import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

import type { CreatedBoard } from '@bordduk/shared'

const ROOT = resolve(import.meta.dirname, '../../..')
const READY_TIMEOUT_MS = 20_000

/** The arguments of `pnpm start` (package.json), run with the Node that runs the tests. */
export function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string }
  }
  const [command, ...args] = pkg.scripts.start.split(/\s+/)
  if (command !== 'node') throw new Error(`start script does not run node: ${pkg.scripts.start}`)
  return args
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * The real server as a child process, started exactly as `pnpm start` starts it, so a test can
 * SIGKILL it mid-write and start it again on the same port and data directory.
 */
export class ServerProcess {
  private child: ChildProcess | null = null
  private output = ''
  readonly port: number
  readonly dataDir: string

  constructor(port: number, dataDir: string) {
    this.port = port
    this.dataDir = dataDir
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** What the process printed since it was last started. */
  get logs(): string {
    return this.output
  }

  /** Starts the process and resolves once `/healthz` answers. */
  async start(env: Record<string, string> = {}): Promise<void> {
    if (this.child) throw new Error('server process already running')
    this.output = ''
    const child = spawn(process.execPath, startArgs(), {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()))
    this.child = child
    const deadline = Date.now() + READY_TIMEOUT_MS
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.child = null
        throw new Error(`server exited while starting:\n${this.output}`)
      }
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    await this.kill()
    throw new Error(`server did not answer /healthz within ${READY_TIMEOUT_MS} ms:\n${this.output}`)
  }

  /** Ends the process with `signal` (SIGKILL by default: a crash) and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    child.kill(signal)
    await exited
  }

  /** Creates a board through the public API (counts against the per-address creation limit). */
  async createBoard(body: Record<string, unknown> = {}): Promise<CreatedBoard> {
    const response = await fetch(`${this.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`)
    return (await response.json()) as CreatedBoard
  }
}
