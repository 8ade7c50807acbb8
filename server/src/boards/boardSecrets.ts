import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const BOARD_ID_BYTES = 15 // 120 bits: unguessable, short enough for a link
const KEY_BYTES = 18 // 144 bits (≥128 required)

/** A fresh random board id (URL-safe). */
export function newBoardId(): string {
  return randomBytes(BOARD_ID_BYTES).toString('base64url')
}

/** A fresh random access key (URL-safe). */
export function newKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url')
}

/**
 * Keys are stored hashed. They are long random strings, so a fast hash is enough: there is
 * no low-entropy password to protect against brute force.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

/** Constant-time comparison of a presented key against a stored hash. */
export function keyMatches(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashKey(key), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}
