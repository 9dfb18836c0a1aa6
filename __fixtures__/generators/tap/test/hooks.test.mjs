import t from 'tap'
t.beforeEach(() => { throw new Error('beforeEach failed') })
t.test('test after failing beforeEach', async t => t.pass())
