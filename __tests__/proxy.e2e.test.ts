/**
 * End to end through an HTTP proxy, as on a self-hosted runner behind one:
 * with HTTPS_PROXY set, the action reaches QA Sphere (https://qasphere.test,
 * a loopback TLS server in front of the test server, trusted through
 * NODE_EXTRA_CA_CERTS) by CONNECT, and the proxy never sees the API key.
 */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import {
  createServer as createTlsServer,
  type Server as TlsServer
} from 'node:tls'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { useTestServer } from './helpers/test-server.js'

const CERT = fileURLToPath(
  new URL('../__fixtures__/tls/qasphere.test.crt', import.meta.url)
)
const KEY = fileURLToPath(
  new URL('../__fixtures__/tls/qasphere.test.key', import.meta.url)
)

const ctx = useTestServer()

/** TLS in front of the test server: what https://qasphere.test reaches. */
let tlsServer: TlsServer
/** The proxy: CONNECT only, to the TLS server, whatever the host asked. */
let proxy: Server
const connects: string[] = []
/** The Proxy-Authorization header of each CONNECT. */
const proxyAuthorizations: (string | undefined)[] = []
const plainRequests: string[] = []
/** Every byte the client sent through the proxy's tunnels. */
let relayed = Buffer.alloc(0)
/** Open sockets of both servers: closed at the end, or close() would wait. */
const sockets = new Set<Socket>()
function track(socket: Socket): void {
  sockets.add(socket)
  socket.on('close', () => sockets.delete(socket))
}

const portOf = (server: { address(): unknown }) =>
  (server.address() as AddressInfo).port

beforeAll(async () => {
  tlsServer = createTlsServer(
    { key: readFileSync(KEY), cert: readFileSync(CERT) },
    (clear) => {
      track(clear)
      const upstream = connect(
        Number(new URL(ctx.server.url).port),
        '127.0.0.1'
      )
      track(upstream)
      clear.pipe(upstream).pipe(clear)
      upstream.on('error', () => clear.destroy())
      clear.on('error', () => upstream.destroy())
    }
  )
  await new Promise<void>((resolve) =>
    tlsServer.listen(0, '127.0.0.1', resolve)
  )
  proxy = createServer((req, res) => {
    plainRequests.push(`${req.method} ${req.url}`)
    res.writeHead(502).end()
  })
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '')
    proxyAuthorizations.push(req.headers['proxy-authorization'])
    track(client)
    const tunnel = connect(portOf(tlsServer), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      tunnel.write(head)
      client.on('data', (chunk: Buffer) => {
        relayed = Buffer.concat([relayed, chunk])
      })
      client.pipe(tunnel).pipe(client)
    })
    track(tunnel)
    tunnel.on('error', () => client.destroy())
    client.on('error', () => tunnel.destroy())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  proxy.closeAllConnections()
  await new Promise((resolve) => proxy.close(resolve))
  await new Promise((resolve) => tlsServer.close(resolve))
})

describe('behind an HTTP proxy', () => {
  it('uploads through CONNECT to https://qasphere.test; the proxy sees neither the key nor the results', async () => {
    const result = await ctx.action({
      inputs: { url: 'https://qasphere.test' },
      env: {
        HTTPS_PROXY: `http://127.0.0.1:${portOf(proxy)}`,
        NODE_EXTRA_CA_CERTS: CERT
      },
      files: {
        'junit.xml': {
          content:
            '<testsuite name="shop"><testcase name="BD-1 pays"/><testcase name="BD-2 ships"><failure message="boom"/></testcase></testsuite>'
        }
      }
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(2)
    expect(result.outputs['run-url']).toBe(
      'https://qasphere.test/project/BD/run/42'
    )
    expect(connects.length).toBeGreaterThan(0)
    expect(new Set(connects)).toEqual(new Set(['qasphere.test:443']))
    expect(plainRequests).toEqual([])
    const seen = relayed.toString('latin1')
    expect(seen).not.toContain(DEMO_KEYS.runner)
    expect(seen).not.toContain('BD-2 ships')
  })

  it('with a user and password in HTTPS_PROXY, sends them to the proxy and prints no DeprecationWarning into the log', async () => {
    proxyAuthorizations.length = 0
    const result = await ctx.action({
      inputs: { url: 'https://qasphere.test' },
      env: {
        HTTPS_PROXY: `http://ci-user:pr%40xy-pass@127.0.0.1:${portOf(proxy)}`,
        NODE_EXTRA_CA_CERTS: CERT
      },
      files: {
        'junit.xml': {
          content:
            '<testsuite name="shop"><testcase name="BD-1 pays"/></testsuite>'
        }
      }
    })
    // The tunnel package behind @actions/http-client builds the header with
    // new Buffer(): node 20 and 24 print "[DEP0005] DeprecationWarning:
    // Buffer() is deprecated" for code outside node_modules, as the bundle is.
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(proxyAuthorizations.length).toBeGreaterThan(0)
    expect(new Set(proxyAuthorizations)).toEqual(
      new Set([`Basic ${Buffer.from('ci-user:pr@xy-pass').toString('base64')}`])
    )
  })
})
