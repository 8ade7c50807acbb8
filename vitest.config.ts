import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{shared,templates,server,client}/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
  },
})
