import type { MiddlewareHandler } from 'hono'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { requestAddress } from './requestAddress.ts'
import { apiProblem } from './apiProblem.ts'

export interface RateLimitOptions {
  /** Requests one client address may make per window. */
  points: number
  windowSeconds: number
  trustProxy: boolean
  /** What is being limited, for the refusal: "too many <what> from your address". */
  what: string
}

/**
 * Per-address request budget, counted in this process's memory: over it, 429 with
 * `Retry-After` (seconds) and a message saying when to try again.
 */
export function rateLimit({ points, windowSeconds, trustProxy, what }: RateLimitOptions): MiddlewareHandler {
  const limiter = new RateLimiterMemory({ points, duration: windowSeconds })
  return async (c, next) => {
    try {
      await limiter.consume(requestAddress(c, trustProxy))
    } catch (refusal) {
      // The limiter rejects with its bookkeeping when the budget is spent, with an Error otherwise.
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      c.header('Retry-After', String(retryAfterSeconds))
      throw apiProblem(
        429,
        'tooManyRequests',
        `too many ${what} from your address; try again in ${retryAfterSeconds} s`,
      )
    }
    await next()
  }
}
