import { afterEach, expect, it } from 'vitest'

import { testServers } from '../testing/testServer.ts'
import { AttackScene } from './testing/AttackScene.ts'
import { readAwarenessUpdate } from './testing/awarenessFrames.ts'
import { boardProblems, recordsOf } from './testing/boardOracle.ts'
import { fuzzBoard } from './testing/updateFuzzer.ts'

// The fuzzer of issue 10: a fixed seed, at least 10,000 cases, under two minutes. The budget is
// CPU time of this test's process (server and fuzzer both run in it), not wall time: vitest runs
// other test files beside it on the second core, and wall time swung from 70 s to 170 s with what
// ran alongside, while the work done stayed the same.
// Afterwards the server is up, the neighbours are synced, /healthz is 200 and the board loads
// with every note the neighbours wrote, each record valid (the browser's check of the same is
// in tests/e2e/attacks.spec.ts). BORDDUK_FUZZ_CASES and BORDDUK_FUZZ_SEED replay other runs.

const harness = testServers()
afterEach(() => harness.cleanup())

const SEED = Number(process.env.BORDDUK_FUZZ_SEED ?? 0x10_f022)
const CASES = Number(process.env.BORDDUK_FUZZ_CASES ?? 10_000)
const BUDGET_MS = 120_000
// The cases are split over two fresh boards: on one board the cost per case grows with what the
// cases before it left behind (the doc's history and the client ids of ~7,300 reconnects, each
// new client synced from it), so 2,000 cases took 11 s and 10,000 took 90–110 s here.
const ROUNDS = 2
/** CPU time the rounds so far spent: the budget is for all 10,000 cases together. */
let spentCpuMs = 0

it.each(Array.from({ length: ROUNDS }, (_, round) => round))(
  `survives ${CASES / ROUNDS} seeded hostile cases (round %i of ${ROUNDS}, ${CASES} in all) with the board, its neighbours and its notes intact`,
  async (round) => {
    const scene = await AttackScene.open(harness, { notes: 5 })
    const writerId = scene.writer.doc.clientID
    // The neighbour's presence, renewed as a browser does (others drop a state silent for 30 s).
    const present = () => scene.writer.setPresence({ user: { name: 'Ada' } })
    present()
    const nameSeen = () =>
      (scene.watcher.awareness.getStates().get(writerId) as { user?: { name?: string } } | undefined)?.user
        ?.name
    await scene.watcher.waitFor('awareness', () => nameSeen() === 'Ada')
    const precious = new Set(scene.notes.keys())
    const other = await fetch(`${scene.server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: 'tidligfase-innovasjon' }),
    })
    const httpBoard = (await other.json()) as { id: string; editKey: string }

    const cpuBefore = process.cpuUsage()
    const report = await fuzzBoard(
      {
        url: scene.server.url,
        board: scene.board,
        httpBoard,
        precious,
        protectedClients: new Set([writerId]),
        neighbourIds: [writerId],
        neighbourEdit: async () => {
          present()
          precious.add((await scene.writeNote(`Under fuzzing ${precious.size}`)).id)
        },
      },
      { seed: SEED + round, cases: CASES / ROUNDS },
    )
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMs = (cpu.user + cpu.system) / 1000
    spentCpuMs += cpuMs
    console.log(
      `fuzz: ${report.cases} cases in ${(report.ms / 1000).toFixed(1)} s, ${(cpuMs / 1000).toFixed(1)} s CPU (seed ${SEED + round}), ${report.reconnects} reconnects\n` +
        `  outcomes ${JSON.stringify(report.outcomes)}\n  HTTP ${JSON.stringify(report.httpStatuses)}\n` +
        `  kinds ${JSON.stringify(report.kinds)}`,
    )
    expect(report.faults).toEqual([])
    expect(report.cases).toBeGreaterThanOrEqual(CASES / ROUNDS)
    expect(spentCpuMs).toBeLessThan(BUDGET_MS)

    expect((await fetch(`${scene.server.url}/healthz`)).status).toBe(200)
    // Nobody changed or removed the neighbour's presence as the watcher saw it, at any moment.
    const seenOfWriter = scene.watcher
      .framesOf('awareness')
      .flatMap((frame) => readAwarenessUpdate(frame.update))
      .filter((entry) => entry.clientId === writerId)
    expect(
      seenOfWriter.filter(
        (entry) => (entry.state as { user?: { name?: string } } | null)?.user?.name !== 'Ada',
      ),
    ).toEqual([])
    expect(nameSeen()).toBe('Ada')

    await scene.expectNeighboursSynced()
    const state = await scene.serverState()
    expect(boardProblems(state)).toEqual([])
    for (const [id, note] of scene.notes) expect(recordsOf(state).get(id), id).toEqual(note)
    await scene.expectBoardLoads()
  },
  BUDGET_MS + 60_000,
)
