import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { connect } from 'node:net'

import { freePort } from './ServerProcess.ts'

/**
 * A Redis server of the test's own (Debian's redis-server, on a free port, keeping nothing on
 * disk), so a test can stop and restart it without touching the machine's Redis.
 */
export class RedisProcess {
  port = 0
  private child: ChildProcess | null = null

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort()
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    const deadline = Date.now() + 10_000
    while (!(await answers(this.port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /** Kills it at once: everything in flight is lost, as in a crash. */
  async stop(): Promise<void> {
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end('PING\r\n')
      socket.once('data', (data) => resolve(data.toString().startsWith('+PONG')))
    })
    socket.once('error', () => resolve(false))
  })
}
