import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { freePort } from './ServerProcess.ts'

/** The proxy settings we ship (deploy/nginx/), included as they are. */
const PROXY_CONF = resolve(import.meta.dirname, '../../../deploy/nginx/bordduk-proxy.conf')

/**
 * Debian's nginx in front of instances on 127.0.0.1, with the location block the deployment
 * uses, on a free port and a temp prefix. Round robin, no stickiness, as in production.
 */
export class NginxProcess {
  port = 0
  private child: ChildProcess | null = null
  private readonly dir = mkdtempSync(join(tmpdir(), 'bordduk-nginx-'))
  private output = ''

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get logs(): string {
    return this.output
  }

  async start(upstreamPorts: number[]): Promise<void> {
    this.port = await freePort()
    mkdirSync(join(this.dir, 'logs'), { recursive: true })
    const servers = upstreamPorts
      .map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
      .join('\n    ')
    const config = `daemon off;
worker_processes 1;
pid ${join(this.dir, 'nginx.pid')};
error_log stderr warn;
events {}
http {
  access_log off;
  client_body_temp_path ${join(this.dir, 'body')};
  proxy_temp_path ${join(this.dir, 'proxy')};
  fastcgi_temp_path ${join(this.dir, 'fastcgi')};
  uwsgi_temp_path ${join(this.dir, 'uwsgi')};
  scgi_temp_path ${join(this.dir, 'scgi')};
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream bordduk {
    ${servers}
  }
  server {
    listen 127.0.0.1:${this.port};
    include ${PROXY_CONF};
  }
}
`
    const file = join(this.dir, 'nginx.conf')
    writeFileSync(file, config)
    const child = spawn('nginx', ['-p', this.dir, '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()))
    this.child = child
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`nginx exited:\n${this.output}`)
      try {
        await fetch(`${this.url}/healthz`)
        return
      } catch {
        await new Promise((r) => setTimeout(r, 50))
      }
    }
    throw new Error(`nginx did not listen within 10 s:\n${this.output}`)
  }

  async stop(): Promise<void> {
    const child = this.child
    this.child = null
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGQUIT')
      await exited
    }
    rmSync(this.dir, { recursive: true, force: true })
  }
}
