import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

import { CLOSE_CODES, MESSAGE_SAVE_RECEIPT } from '@bordduk/shared'

import { tabSession } from './tabSession.ts'

/**
 * Closes after which reconnecting cannot help: y-websocket's own rule (4400–4499) plus an
 * oversized message (1009), which the same local state would send again.
 */
function shouldReconnect(event: CloseEvent): boolean {
  return !(event.code >= 4400 && event.code < 4500) && event.code !== CLOSE_CODES.messageTooLarge.code
}

/** Closes that mean the server refused something this browser sent (not who it is). */
const REFUSED_CONTENT = new Set<number>([
  CLOSE_CODES.malformedMessage.code,
  CLOSE_CODES.updateRefused.code,
  CLOSE_CODES.overLimit.code,
  CLOSE_CODES.messageTooLarge.code,
])

export type LinkStatus = 'connecting' | 'connected' | 'offline'

/** What the status indicator shows; replaced (never mutated) on every change. */
export interface ConnectionState {
  link: LinkStatus
  /** The server has sent us its state at least once on this socket. */
  synced: boolean
  /** Local changes exist that the server has not confirmed as stored. */
  unsaved: boolean
  /** When the server last confirmed our changes as stored (ms since epoch). */
  savedAt: number | null
  /** This page has been connected before: a new attempt is a reconnect. */
  wasConnected: boolean
  /** The server refused us for good (bad key, unknown board). */
  refused: { code: number; reason: string } | null
}

/**
 * One board's live link: the Y.Doc, a local IndexedDB copy (work made offline survives a
 * reload), and the y-websocket provider to `/sync/:id`. It also asks the server for save
 * receipts, so "saved" in the UI means stored on the server, not just sent.
 */
export class BoardConnection {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly localCopy: IndexeddbPersistence
  private state: ConnectionState = {
    // A page loaded without network (from the service worker) knows it at once.
    link: navigator.onLine ? 'connecting' : 'offline',
    synced: false,
    unsaved: false,
    savedAt: null,
    wasConnected: false,
    refused: null,
  }
  private readonly listeners = new Set<() => void>()
  private receiptsAsked = 0
  /** This tab's secret on every socket it opens (also who votes and who wrote in silence, see tabSession). */
  readonly session: string

  /** `observer`: only looks on (the projector view); the dashboard does not count it as someone present. */
  constructor(boardId: string, key: string, { observer = false }: { observer?: boolean } = {}) {
    this.session = tabSession(boardId)
    this.localCopy = new IndexeddbPersistence(`bordduk:${boardId}`, this.doc)
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
    this.provider = new WebsocketProvider(`${scheme}://${location.host}/sync`, boardId, this.doc, {
      // Sent on every socket this tab opens, to no one else: the server knows a reconnect of this
      // tab from someone writing under its (public) client id.
      params: { key, session: this.session, ...(observer ? { observer: '1' } : {}) },
      // Other tabs of this browser sync through the server like everyone else.
      disableBc: true,
      shouldReconnect,
    })
    this.provider.messageHandlers[MESSAGE_SAVE_RECEIPT] = (_encoder, decoder) => this.onReceipt(decoder)
    this.provider.on('status', ({ status }) => {
      this.update({
        // Attempts made while the browser has no network (a page loaded from the service worker)
        // still try, since a server on localhost answers, but the chip says what is likely.
        link:
          status === 'disconnected' || (status === 'connecting' && !navigator.onLine) ? 'offline' : status,
        synced: false,
        wasConnected: this.state.wasConnected || status === 'connected',
      })
    })
    this.provider.on('sync', (synced) => {
      this.update({ synced })
      if (synced && this.state.unsaved) this.askForReceipt()
    })
    this.provider.on('closed', (event) => {
      // The local copy holds what was refused and would send it again on the next visit:
      // drop it, so a reload starts from what the server has.
      if (REFUSED_CONTENT.has(event.code)) void this.localCopy.clearData()
      this.update({ refused: event, link: 'offline' })
    })
    this.doc.on('update', this.onDocUpdate)
    window.addEventListener('offline', this.onBrowserOffline)
    window.addEventListener('online', this.onBrowserOnline)
  }

  getState = (): ConnectionState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    window.removeEventListener('offline', this.onBrowserOffline)
    window.removeEventListener('online', this.onBrowserOnline)
    this.doc.off('update', this.onDocUpdate)
    this.provider.destroy()
    void this.localCopy.destroy()
    this.doc.destroy()
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.update({ unsaved: true })
    // Sent after y-websocket's own handler has sent the update, so the server sees it first.
    if (this.state.synced) this.askForReceipt()
  }

  private askForReceipt(): void {
    const ws = this.provider.ws
    if (!this.provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SAVE_RECEIPT)
    encoding.writeVarUint(encoder, ++this.receiptsAsked)
    ws.send(encoding.toUint8Array(encoder))
  }

  private onReceipt(decoder: decoding.Decoder): void {
    const seq = decoding.readVarUint(decoder)
    const savedAt = decoding.readVarUint(decoder)
    // Only the answer to our latest question proves everything is stored.
    if (seq === this.receiptsAsked) this.update({ unsaved: false, savedAt })
  }

  // The browser knows before the socket does; reconnect as soon as it is back.
  private readonly onBrowserOffline = () => this.provider.disconnect()
  private readonly onBrowserOnline = () => {
    if (!this.state.refused) this.provider.connect()
  }

  private update(patch: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }
}
