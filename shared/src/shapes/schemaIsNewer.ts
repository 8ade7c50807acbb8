/** A serialized tldraw schema, as stored in a board's `tl_meta`. */
interface SerializedSchemaLike {
  sequences?: Record<string, number>
}

/**
 * True when `stored` knows migrations `ours` does not: a sequence we lack, or a later version
 * of one we have. Records written under it cannot be migrated down by us.
 */
export function schemaIsNewer(stored: unknown, ours: SerializedSchemaLike): boolean {
  const sequences = (stored as SerializedSchemaLike | null)?.sequences
  if (!sequences || typeof sequences !== 'object') return false
  return Object.entries(sequences).some(([name, version]) => {
    const known = ours.sequences?.[name]
    return known === undefined || (typeof version === 'number' && version > known)
  })
}
