import { randomUUID } from 'node:crypto'

import type { BoardChannel, Fanout } from './Fanout.ts'

const SILENT_CHANNEL: BoardChannel = {
  publish: () => {},
  leave: async () => {},
}

/** One process serves every board: there is nobody to tell. */
export class LocalFanout implements Fanout {
  readonly instanceId = randomUUID()
  readonly shared = false

  async join(): Promise<BoardChannel> {
    return SILENT_CHANNEL
  }

  publishEvent(): void {}
  onEvent(): void {}
  onReconnect(): void {}
  onInstanceGone(): void {}

  async reachable(): Promise<null> {
    return null
  }

  async close(): Promise<void> {}
}
