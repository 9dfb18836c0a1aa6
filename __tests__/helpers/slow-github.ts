/**
 * A hostile or broken GitHub API on 127.0.0.1, below HTTP (node:net), so it
 * can answer as slowly as it likes: a byte at a time, headers included.
 */
import { createServer, type Server, type Socket } from 'node:net'

export type SlowMode =
  /** The status line and headers at once, then the body a byte at a time, never ending. */
  | 'trickle-body'
  /** Everything a byte at a time, from the status line on, never ending. */
  | 'trickle-all'
  /** An issue of `hugeBytes` (its title), at once. */
  | 'huge'
  /** A redirect to the same path, its body a byte at a time, never ending. */
  | 'redirect-trickle'

export interface SlowGitHub {
  url: string
  /** Request lines received, e.g. `GET /repos/acme/shop/issues/7 HTTP/1.1`. */
  requests: string[]
  /** Connections still open (the client has not hung up). */
  openConnections(): number
  close(): Promise<void>
}

export async function startSlowGitHub(options: {
  mode: SlowMode
  /** Between two bytes when trickling; default 500 ms. */
  intervalMs?: number
  hugeBytes?: number
}): Promise<SlowGitHub> {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const requests: string[] = []
  const intervalMs = options.intervalMs ?? 500
  let port = 0

  const trickle = (socket: Socket, text: string): void => {
    let i = 0
    const timer = setInterval(() => {
      if (socket.destroyed) {
        clearInterval(timer)
        timers.delete(timer)
        return
      }
      // Past the end, spaces: valid JSON whitespace, so the body never ends.
      socket.write(i < text.length ? text[i++] : ' ')
    }, intervalMs)
    timers.add(timer)
  }

  const answer = (socket: Socket, path: string): void => {
    if (options.mode === 'redirect-trickle') {
      socket.write(
        `HTTP/1.1 302 Found\r\nlocation: http://127.0.0.1:${port}${path}\r\ncontent-type: text/html\r\nconnection: close\r\n\r\n`
      )
      trickle(socket, '<html>')
      return
    }
    const headers =
      'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n'
    if (options.mode === 'huge') {
      const body = JSON.stringify({
        html_url: 'https://github.com/acme/shop/issues/7',
        title: 'x'.repeat(options.hugeBytes ?? 2 * 1024 * 1024)
      })
      socket.end(
        `${headers}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
      )
      return
    }
    const body =
      '{"html_url":"https://github.com/acme/shop/issues/7","title":"slow"}'
    if (options.mode === 'trickle-body') {
      socket.write(`${headers}\r\n`)
      trickle(socket, body)
    } else {
      trickle(socket, `${headers}\r\n${body}`)
    }
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    let received = ''
    socket.on('data', (chunk) => {
      if (received.includes('\r\n\r\n')) return
      received += chunk.toString('latin1')
      if (received.includes('\r\n\r\n')) {
        const requestLine = received.slice(0, received.indexOf('\r\n'))
        requests.push(requestLine)
        answer(socket, requestLine.split(' ')[1] ?? '/')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    openConnections: () => sockets.size,
    close: () => {
      for (const timer of timers) clearInterval(timer)
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
