import type { VoteCounts } from '@bordduk/shared'

/** One voter (a browser tab) and the notes of the dots it put, one entry per dot. */
export interface Voter {
  name: string
  dots: string[]
}

/** Who put which dot where in one vote: server-only, never in a board's doc. */
export interface Ballots {
  voteId: string
  /** By the digest of the tab's session secret (see sessionDigest): no secret is stored. */
  voters: Record<string, Voter>
}

/** Name of the private state holding a vote's ballots beside its board. */
export function ballotsStateName(voteId: string): string {
  return `vote/${voteId}`
}

/** Dots per note over every voter (what `voteCounts` shows). */
export function countDots(ballots: Ballots): VoteCounts {
  const counts: VoteCounts = {}
  for (const voter of Object.values(ballots.voters))
    for (const noteId of voter.dots) counts[noteId] = (counts[noteId] ?? 0) + 1
  return counts
}

/** Reads stored ballots; anything unreadable counts as no ballots for that vote. */
export function parseBallots(json: string | undefined, voteId: string): Ballots {
  const empty: Ballots = { voteId, voters: {} }
  if (!json) return empty
  try {
    const parsed = JSON.parse(json) as Partial<Ballots>
    if (parsed.voteId !== voteId || typeof parsed.voters !== 'object' || parsed.voters === null) return empty
    const voters: Record<string, Voter> = {}
    for (const [id, voter] of Object.entries(parsed.voters)) {
      if (typeof voter?.name !== 'string' || !Array.isArray(voter.dots)) continue
      voters[id] = { name: voter.name, dots: voter.dots.filter((d) => typeof d === 'string') }
    }
    return { voteId, voters }
  } catch {
    return empty
  }
}
