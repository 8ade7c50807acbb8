import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import { z } from 'zod'

import type { Logger } from '../logger.ts'
import type { BoardChannel, BoardSignal, ClusterEvent, Fanout } from './Fanout.ts'
import { decodeBoardSignal, encodeBoardSignal } from './fanoutFrames.ts'

const BOARD_CHANNEL_PREFIX = 'bordduk:board:'
const CLUSTER_CHANNEL = 'bordduk:cluster'

export interface RedisFanoutOptions {
  /** How often this instance says it is alive. */
  heartbeatMs: number
  /** Silence after which another instance counts as gone. */
  goneAfterMs: number
}

export const DEFAULT_REDIS_FANOUT_OPTIONS: RedisFanoutOptions = { heartbeatMs: 2_000, goneAfterMs: 7_000 }

const clusterMessageSchema = z.object({
  from: z.string().min(1).max(64),
  event: z.union([
    z.object({ type: z.literal('heartbeat') }),
    z.object({ type: z.literal('keysRotated'), boardId: z.string().min(1).max(64) }),
  ]),
})

/**
 * Fan-out through Redis pub/sub: one channel per board (binary frames), one for the cluster
 * (JSON). Pub/sub delivers at most once and a Redis restart drops everything in flight, so
 * nothing here is relied on for completeness: rooms repair gaps by exchanging what they hold
 * (see BoardRoom), and this class tells them when the link came back.
 */
export class RedisFanout implements Fanout {
  readonly instanceId = randomUUID()
  readonly shared = true
  /** Publishes fail at once while Redis is away (no queue to grow): the repair catches up. */
  private readonly pub: Redis
  /** Subscriptions wait for Redis while it is away, and are renewed when it is back. */
  private readonly sub: Redis
  private readonly boards = new Map<string, (signal: BoardSignal, from: string) => void>()
  private readonly eventListeners: ((event: ClusterEvent, from: string) => void)[] = []
  private readonly reconnectListeners: (() => void)[] = []
  private readonly goneListeners: ((instanceId: string) => void)[] = []
  private readonly lastHeard = new Map<string, number>()
  private readonly heartbeat: NodeJS.Timeout
  private readyOnce = false
  private down = false
  private readonly logger: Logger
  private readonly options: RedisFanoutOptions

  constructor(url: string, logger: Logger, options: RedisFanoutOptions = DEFAULT_REDIS_FANOUT_OPTIONS) {
    this.logger = logger
    this.options = options
    const retryStrategy = (attempt: number) => Math.min(attempt * 200, 2_000)
    this.pub = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy })
    this.sub = new Redis(url, { maxRetriesPerRequest: null, retryStrategy })
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => this.onError(error))
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.onMessage(channel, message))
    this.sub.on('ready', () => this.onReady())
    void this.sub.subscribe(CLUSTER_CHANNEL).catch(() => {})
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs)
    this.heartbeat.unref()
  }

  async join(boardId: string, receive: (signal: BoardSignal, from: string) => void): Promise<BoardChannel> {
    const channel = BOARD_CHANNEL_PREFIX + boardId
    this.boards.set(boardId, receive)
    // While Redis is away a board still opens for this instance's own peers; the subscription
    // follows when Redis is back, and the repair then brings in what others wrote meanwhile.
    if (this.sub.status === 'ready') await this.sub.subscribe(channel)
    else void this.sub.subscribe(channel).catch(() => {})
    return {
      publish: (signal) => this.send(channel, encodeBoardSignal(this.instanceId, signal)),
      leave: async () => {
        // A room loaded again meanwhile owns the channel now: keep listening for it.
        if (this.boards.get(boardId) !== receive) return
        this.boards.delete(boardId)
        await this.sub.unsubscribe(channel).catch(() => {})
      },
    }
  }

  publishEvent(event: ClusterEvent): void {
    this.send(CLUSTER_CHANNEL, JSON.stringify({ from: this.instanceId, event }))
  }

  onEvent(listener: (event: ClusterEvent, from: string) => void): void {
    this.eventListeners.push(listener)
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener)
  }

  onInstanceGone(listener: (instanceId: string) => void): void {
    this.goneListeners.push(listener)
  }

  async reachable(): Promise<boolean> {
    if (this.pub.status !== 'ready') return false
    try {
      return (await this.pub.ping()) === 'PONG'
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat)
    this.pub.disconnect()
    this.sub.disconnect()
  }

  private send(channel: string, message: Uint8Array | string): void {
    if (this.pub.status !== 'ready') return
    const payload = typeof message === 'string' ? message : Buffer.from(message)
    this.pub.publish(channel, payload).catch(() => {})
  }

  private beat(): void {
    this.send(CLUSTER_CHANNEL, JSON.stringify({ from: this.instanceId, event: { type: 'heartbeat' } }))
    const now = Date.now()
    for (const [instance, heard] of this.lastHeard) {
      if (now - heard < this.options.goneAfterMs) continue
      this.lastHeard.delete(instance)
      this.logger.info({ instance }, 'another instance went silent')
      for (const listener of this.goneListeners) listener(instance)
    }
  }

  private onMessage(channelBuffer: Buffer, message: Buffer): void {
    const channel = channelBuffer.toString()
    if (channel === CLUSTER_CHANNEL) return this.onClusterMessage(message.toString())
    if (!channel.startsWith(BOARD_CHANNEL_PREFIX)) return
    const receive = this.boards.get(channel.slice(BOARD_CHANNEL_PREFIX.length))
    const decoded = decodeBoardSignal(new Uint8Array(message.buffer, message.byteOffset, message.byteLength))
    if (!receive || !decoded || decoded.from === this.instanceId) return
    this.lastHeard.set(decoded.from, Date.now())
    receive(decoded.signal, decoded.from)
  }

  private onClusterMessage(text: string): void {
    let parsed: z.infer<typeof clusterMessageSchema>
    try {
      parsed = clusterMessageSchema.parse(JSON.parse(text))
    } catch {
      return
    }
    if (parsed.from === this.instanceId) return
    this.lastHeard.set(parsed.from, Date.now())
    if (parsed.event.type === 'heartbeat') return
    for (const listener of this.eventListeners) listener(parsed.event, parsed.from)
  }

  private onReady(): void {
    if (this.down) this.logger.info('redis reachable again; repairing boards')
    this.down = false
    if (!this.readyOnce) {
      this.readyOnce = true
      return
    }
    // ioredis renews subscriptions itself; asking again is harmless and covers ones made while away.
    const channels = [CLUSTER_CHANNEL, ...[...this.boards.keys()].map((id) => BOARD_CHANNEL_PREFIX + id)]
    void this.sub
      .subscribe(...channels)
      .catch(() => {})
      .then(() => {
        for (const listener of this.reconnectListeners) listener()
      })
  }

  private onError(error: Error): void {
    if (this.down) return
    this.down = true
    this.logger.warn({ err: error }, 'redis unreachable; boards keep working on this instance')
  }
}
