/** 128 random bits as hex; `crypto.randomUUID` would need https, an intranet may serve http. */
function newSessionSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  )
}

/**
 * This tab's session secret for a board: the same after a reload (so the server knows the tab,
 * and its dots in a vote, again), a new one in a new or duplicated tab. The secret is taken out
 * of sessionStorage while the page is open and put back as it goes: a duplicated tab (which
 * copies sessionStorage) finds nothing and makes its own.
 */
export function tabSession(boardId: string): string {
  const key = `bordduk:session:${boardId}`
  let secret: string | null = null
  try {
    secret = sessionStorage.getItem(key)
    sessionStorage.removeItem(key)
  } catch {
    // Storage may be off (private mode settings); a fresh secret per page then.
  }
  if (!secret || !/^[A-Za-z0-9_-]{16,64}$/.test(secret)) secret = newSessionSecret()
  const keep = secret
  window.addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(key, keep)
    } catch {
      // Nothing to keep it in.
    }
  })
  return secret
}
