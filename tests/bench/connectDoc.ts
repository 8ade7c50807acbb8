import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** A Node y-websocket client on a board, resolved once the first sync is done. */
export async function connectDoc(serverUrl: string, boardId: string, key: string) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${serverUrl.replace('http', 'ws')}/sync`, boardId, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { key },
    disableBc: true,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider }
}
