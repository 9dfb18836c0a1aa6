/**
 * The one node warning the action keeps out of the workflow log.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { withoutBufferDeprecation } from '../src/util/warnings.js'

describe('withoutBufferDeprecation', () => {
  it("drops node's DEP0005 (new Buffer() in the tunnel package, behind a proxy with a password)", () => {
    const emit = jest.fn()
    const filtered = withoutBufferDeprecation(emit)
    // As node's lib/buffer.js emits it, on node 20 and 24.
    filtered(
      'Buffer() is deprecated due to security and usability issues.',
      'DeprecationWarning',
      'DEP0005'
    )
    filtered('Buffer() is deprecated', {
      type: 'DeprecationWarning',
      code: 'DEP0005'
    })
    expect(emit).not.toHaveBeenCalled()
  })

  it('passes every other warning on, as given', () => {
    const emit = jest.fn()
    const filtered = withoutBufferDeprecation(emit)
    filtered(
      'url.parse() behavior is not standardized',
      'DeprecationWarning',
      'DEP0169'
    )
    filtered('something', { type: 'ExperimentalWarning', code: 'X' })
    filtered(new Error('plain'))
    expect(emit.mock.calls).toEqual([
      [
        'url.parse() behavior is not standardized',
        'DeprecationWarning',
        'DEP0169'
      ],
      ['something', { type: 'ExperimentalWarning', code: 'X' }],
      [new Error('plain')]
    ])
  })
})
