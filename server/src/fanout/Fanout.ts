/**
 * How the instances serving one board reach each other. One process needs nobody
 * ({@link LocalFanout}); several behind a load balancer talk through Redis ({@link RedisFanout}).
 * Everything sent here was already checked by the instance whose client sent it: instances trust
 * each other, never browsers.
 */
export type BoardSignal =
  /** A document update, published only once the sending instance has stored it. */
  | { kind: 'update'; update: Uint8Array }
  /** A presence (awareness) update from a peer on the sending instance. */
  | { kind: 'awareness'; update: Uint8Array }
  /**
   * Gap repair: what the sender holds (its state vector and a digest of its delete set). An
   * instance holding more answers with an `update` carrying what the sender lacks.
   */
  | { kind: 'holding'; stateVector: Uint8Array; deletesDigest: string }
  /** An instance just loaded the board: the others send the presence of their peers. */
  | { kind: 'presenceQuery' }
  /**
   * Who is on the board through the sender right now (all of them, replacing what it said
   * before): tabs by the digest of their session secret, never the secret itself.
   */
  | { kind: 'writers'; writers: RemoteWriter[] }

/** A tab connected to another instance (the projector's observers are left out). */
export interface RemoteWriter {
  /** {@link sessionDigest} of the tab's session secret. */
  id: string
  role: 'edit' | 'facilitator' | 'view'
  /** The awareness ids its presence uses (to find its name). */
  awarenessIds: number[]
}

/** Events for every instance, whichever boards it serves. */
export type ClusterEvent =
  /** A board's keys changed: sockets opened with an old key must close on every instance. */
  { type: 'keysRotated'; boardId: string }

/** One instance's subscription to one board. */
export interface BoardChannel {
  publish(signal: BoardSignal): void
  leave(): Promise<void>
}

export interface Fanout {
  /** This instance's id, random per process start. */
  readonly instanceId: string
  /** Whether other instances may exist (false: one process, nothing to repair or announce). */
  readonly shared: boolean
  /**
   * Listens to a board's signals. Resolves once listening, so a load from storage started
   * afterwards misses nothing: whatever arrives meanwhile is delivered (and applied) after it.
   * Signals this instance published itself are never delivered back.
   */
  join(boardId: string, receive: (signal: BoardSignal, from: string) => void): Promise<BoardChannel>
  publishEvent(event: ClusterEvent): void
  onEvent(listener: (event: ClusterEvent, from: string) => void): void
  /** Called when the link to the other instances is back after a break: time to repair gaps. */
  onReconnect(listener: () => void): void
  /** Called when another instance has gone silent (crashed or cut off): its peers' cursors go. */
  onInstanceGone(listener: (instanceId: string) => void): void
  /** Reachability for `/healthz`: null when there is nothing to reach. */
  reachable(): Promise<boolean | null>
  close(): Promise<void>
}
