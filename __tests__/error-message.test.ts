import { describe, expect, it } from '@jest/globals'
import { errorMessage } from '../src/util/error-message.js'

describe('errorMessage', () => {
  it("is an error's message, or what else was thrown", () => {
    expect(errorMessage(new Error('boom'))).toBe('boom')
    expect(errorMessage('a string')).toBe('a string')
    expect(errorMessage(42)).toBe('42')
  })

  it("says what failed when node's connect to several addresses gives an AggregateError without a message", () => {
    // Node 20's happy eyeballs: every address of a host refused the connection.
    const error = Object.assign(
      new AggregateError(
        [
          new Error('connect ECONNREFUSED ::1:443'),
          new Error('connect ECONNREFUSED 127.0.0.1:443')
        ],
        ''
      ),
      { code: 'ECONNREFUSED' }
    )
    expect(errorMessage(error)).toBe(
      'connect ECONNREFUSED ::1:443; connect ECONNREFUSED 127.0.0.1:443'
    )
  })

  it('is never empty: an error without a message says its code or its name', () => {
    expect(errorMessage(Object.assign(new Error(''), { code: 'EPIPE' }))).toBe(
      'EPIPE'
    )
    expect(errorMessage(new TypeError(''))).toBe('TypeError')
    expect(errorMessage('')).toBe('an error without a message')
    expect(errorMessage(new AggregateError([], ''))).toBe('AggregateError')
  })
})
