import { connect, createServer } from 'node:net'
import type { Server, Socket } from 'node:net'

/**
 * A TCP relay to `target` that a test can cut and restore, to make a real database unreachable
 * for one client without stopping it for everyone else.
 */
export class TcpProxy {
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  private readonly target: { host: string; port: number }
  port = 0

  constructor(target: { host: string; port: number }) {
    this.target = target
  }

  /** Listens (on the same port again after a cut). */
  async start(): Promise<number> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host)
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
    const address = server.address()
    this.port = typeof address === 'object' && address ? address.port : 0
    return this.port
  }

  /** Drops every relayed connection and refuses new ones, as a database that went away. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = null
    for (const socket of this.sockets) socket.destroy()
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
