import { describe, expect, it } from '@jest/globals'
import { hideSecrets, secretsInBytes } from '../src/util/secrets.js'

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

describe('secretsInBytes', () => {
  const secrets = { 'api-key': 'abcdefgh12', 'github-token': 'ghp_token0000' }

  it('names the secrets a file holds as UTF-8, UTF-16LE or UTF-16BE, in binary surroundings too', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff]),
      Buffer.from('env: KEY=abcdefgh12\n')
    ])
    expect(secretsInBytes(utf8, secrets, 8)).toEqual(['api-key'])
    const utf16le = Buffer.from(
      '\ufeffGH=ghp_token0000 KEY=abcdefgh12',
      'utf16le'
    )
    expect(secretsInBytes(utf16le, secrets, 8)).toEqual([
      'api-key',
      'github-token'
    ])
    const utf16be = Buffer.from('token ghp_token0000', 'utf16le').swap16()
    expect(secretsInBytes(utf16be, secrets, 8)).toEqual(['github-token'])
  })

  it('names none in a file without them, nor for values shorter than minChars', () => {
    expect(
      secretsInBytes(Buffer.from('abcdefgh1 ghp_token000'), secrets, 8)
    ).toEqual([])
    expect(
      secretsInBytes(Buffer.from('key abcd'), { 'api-key': 'abcd' }, 8)
    ).toEqual([])
    expect(
      secretsInBytes(Buffer.from('anything'), { 'api-key': '' }, 8)
    ).toEqual([])
  })

  it('reads a view into a larger buffer only within the view', () => {
    const whole = Buffer.from('abcdefgh12 | clean part')
    expect(secretsInBytes(whole.subarray(11), secrets, 8)).toEqual([])
    expect(
      secretsInBytes(
        new Uint8Array(whole.buffer, whole.byteOffset, 10),
        secrets,
        8
      )
    ).toEqual(['api-key'])
  })
})
