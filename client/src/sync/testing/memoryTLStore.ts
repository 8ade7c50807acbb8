import { atom } from '@tldraw/state'
import { Store } from '@tldraw/store'
import { createTLSchema } from '@tldraw/tlschema'
import type { TLStore } from 'tldraw'

/**
 * A tldraw store without an editor or a DOM, for tests and benchmarks of the binding in Node.
 * It has the real schema, validation and migrations: only the React editor is missing.
 */
export function memoryTLStore(): TLStore {
  return new Store({
    schema: createTLSchema(),
    props: {
      defaultName: '',
      assets: { upload: async () => ({ src: '' }), resolve: () => null, remove: async () => {} },
      users: { currentUser: atom('user', null), resolve: () => atom('user', null) },
      onMount: () => {},
    },
  }) as unknown as TLStore
}
