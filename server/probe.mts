import { WebSocket } from 'ws'
import { mkdtempSync } from 'node:fs'
import { startServer } from './src/startServer.ts'
import { parseConfig } from './src/config.ts'
import { createLogger } from './src/logger.ts'
process.on('uncaughtException', (e) => { console.log('UNCAUGHT', e); process.exit(3) })
const dir = mkdtempSync('/tmp/probe/x')
const s = await startServer({ ...parseConfig({ DATA_DIR: dir }), port: 0 }, { logger: createLogger('silent'), clientDir: null })
const ws = new WebSocket(s.url.replace('http', 'ws') + '/sync/%E0%A4%A')
ws.on('error', (e) => console.log('client error', e.message))
ws.on('close', (code, reason) => { console.log('close', code, reason.toString()); void s.close() })
