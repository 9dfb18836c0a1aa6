import { describe, expect, it } from '@jest/globals'
import { hideSecrets } from '../src/util/secrets.js'

describe('hideSecrets', () => {
  it('replaces every occurrence and names the secrets it found', () => {
    expect(
      hideSecrets(
        'key=abcdefgh12 and abcdefgh12 again',
        { 'api-key': 'abcdefgh12', 'github-token': 'ghp_unused000' },
        8
      )
    ).toEqual({ text: 'key=*** and *** again', hidden: ['api-key'] })
  })

  it('replaces a secret that holds another whole, whatever the order given', () => {
    const secrets = {
      'api-key': 'secretkey1',
      'github-token': 'ghp_secretkey1xyz'
    }
    expect(hideSecrets('token ghp_secretkey1xyz', secrets, 8)).toEqual({
      text: 'token ***',
      hidden: ['github-token']
    })
  })

  it('leaves values shorter than minChars alone', () => {
    expect(hideSecrets('x marks the spot', { 'api-key': 'x' }, 4)).toEqual({
      text: 'x marks the spot',
      hidden: []
    })
    expect(hideSecrets('key abcd', { 'api-key': 'abcd' }, 4).text).toBe(
      'key ***'
    )
  })
})
