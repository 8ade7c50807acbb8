import type { RawSyncClient } from '../sync/testing/rawSyncClient.ts'
import type { FrameKind, FrameOf } from '../sync/testing/syncFrames.ts'

/**
 * Like `client.waitFor(kind)`, but bounded by `timeoutMs` instead of the client's fixed five
 * seconds, for tests whose own bound is what is being measured.
 */
export async function waitForFrame<K extends FrameKind>(
  client: RawSyncClient,
  kind: K,
  timeoutMs: number,
): Promise<FrameOf<K>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await client.waitFor(kind)
    } catch (error) {
      // Closed sockets and spent deadlines are final; the client's own 5 s wait is not.
      if (Date.now() >= deadline || (error as Error).message.startsWith('socket closed')) throw error
    }
  }
}
