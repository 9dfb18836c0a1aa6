import t from 'tap'
t.test('BD-750 outer', async t => {
  t.test('outer passes', async t => t.pass('outer ok'))
  t.test('BD-751 inner', async t => {
    t.test('inner fails', async t => t.fail('inner failure'))
    t.test('BD-755 BD-756 two markers', async t => t.fail('two markers failure'))
    t.test('BD-753 deepest', async t => {
      t.test('deepest fails', async t => t.fail('deepest failure'))
    })
  })
  t.test('plain middle', async t => {
    t.test('BD-752 own marker', async t => t.fail('own marker failure'))
    t.test('plain passes', async t => t.pass('plain ok'))
  })
})
t.test('plain outer', async t => {
  t.test('BD-754 inner', async t => {
    t.test('marked inner fails', async t => t.fail('marked inner failure'))
  })
})
