// Nested t.step calls with markers in their names, run on their own by
// generate.sh (deno-junit-nesting.xml); the other report does not include
// this folder. The tests import nothing.
function assertEquals<T>(actual: T, expected: T): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`Values are not equal: ${a} !== ${e}`)
}

Deno.test('BD-730 outer', async (t) => {
  await t.step('passes', () => {
    assertEquals(1 + 1, 2)
  })
  await t.step('BD-731 inner', async (t) => {
    await t.step('fails', () => {
      assertEquals('inner', 'outer')
    })
    await t.step('BD-735 BD-736 holds two markers', () => {
      assertEquals([735], [736])
    })
    await t.step('BD-733 deepest', async (t) => {
      await t.step('fails at the third level', () => {
        assertEquals(3, 4)
      })
    })
  })
  await t.step('middle', async (t) => {
    await t.step('BD-732 own marker', () => {
      assertEquals('own', 'middle')
    })
    await t.step('plain passes', () => {
      assertEquals('plain'.length, 5)
    })
  })
})

Deno.test('plain outer', async (t) => {
  await t.step('[BD-734] inner', async (t) => {
    await t.step('fails', () => {
      assertEquals(0, 1)
    })
    await t.step('passes', () => {
      assertEquals(true, true)
    })
  })
})

Deno.test('BD-737 BD-738 two markers, no steps', () => {
  assertEquals([737], [738])
})
