// Sums the JSON reports of every suite the test command ran into one line:
// `N passed, N failed, N skipped`. A missing report counts as a suite that did not run.
import { existsSync, readFileSync } from 'node:fs'

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}

const [vitestFile = 'test-results/vitest.json', playwrightFile = 'test-results/playwright.json'] =
  process.argv.slice(2)

let passed = 0
let failed = 0
let skipped = 0
const missing: string[] = []

if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8')) as VitestReport
  passed += v.numPassedTests
  failed += v.numFailedTests
  skipped += v.numPendingTests + v.numTodoTests
} else missing.push(vitestFile)

if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8')) as PlaywrightReport
  passed += p.stats.expected + p.stats.flaky
  failed += p.stats.unexpected
  skipped += p.stats.skipped
} else missing.push(playwrightFile)

if (missing.length > 0) console.error(`no report (suite did not run): ${missing.join(', ')}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
