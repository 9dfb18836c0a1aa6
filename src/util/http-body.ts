/**
 * Reading an HTTP answer's body with a size limit, for QA Sphere's and
 * GitHub's answers alike.
 */
import type { IncomingMessage } from 'node:http'

/** An answer larger than the most the action reads of it: it was not read. */
export class AnswerTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the answer is larger than ${formatBytes(limit)}`)
  }
}

/**
 * The answer's body, at most `maxBytes` of it: a larger one (by its
 * Content-Length, or once that many bytes have come) is dropped and its
 * connection closed, and the promise rejects with AnswerTooLargeError.
 * @actions/http-client's readBody has no limit, and concatenates every chunk onto
 * the previous ones, which is quadratic: a 14 MB listing took a second.
 */
export function readBody(
  message: IncomingMessage,
  maxBytes: number
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    const tooLarge = (): void => {
      chunks.length = 0
      reject(new AnswerTooLargeError(maxBytes))
      message.destroy()
    }
    message.on('error', reject)
    if (Number(message.headers['content-length']) > maxBytes) {
      tooLarge()
      return
    }
    message.on('data', (chunk: Buffer) => {
      if (bytes > maxBytes) return // dropped; the connection is closing
      bytes += chunk.length
      if (bytes > maxBytes) tooLarge()
      else chunks.push(chunk)
    })
    message.on('end', () =>
      resolve(Buffer.concat(chunks, bytes).toString('utf8'))
    )
    // Destroyed before its end (an abort): no 'end' will come.
    message.on('close', () => {
      if (!message.complete)
        reject(new Error('the connection closed before the answer ended'))
    })
  })
}

export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`
}
