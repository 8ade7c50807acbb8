import { z } from 'zod'

// zod compiles object parsers with `new Function` when its probe says it may, and probes as each
// schema is built. Our Content-Security-Policy allows no eval, and the probe alone is reported
// as a violation, so this module is imported before any other and turns the compiler off.
z.config({ jitless: true })
