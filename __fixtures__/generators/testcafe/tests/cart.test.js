import { Selector } from 'testcafe'

// Several tests fail ON PURPOSE: the fixtures need failures.
fixture`Cart`.page`../pages/cart.html`

const items = Selector('#items li')
const total = Selector('#total')

test('BD-101 adds item', async (t) => {
  await t.click('#add').expect(items.count).eql(1)
})

test('[BD-102] total is shown', async (t) => {
  await t.click('#add').click('#add')
  await t.expect(total.innerText).eql('Total: €15', 'total after two items')
})

test('test_bd103_missing_button', async (t) => {
  await t.click('#checkout-now')
})

test('BD-104 page throws on click', async (t) => {
  await t.click('#broken')
  await t.expect(items.count).eql(0)
})

test('BD-105 thrown error', async () => {
  throw new Error('Stock service refused: <sku> & "qty"\nsecond line of the message')
})

test.skip('BD-106 skipped test', async (t) => {
  await t.click('#add')
})

test('BD-107 ünïcödé – 名前 <tag> & "quotes" \'apos\'', async (t) => {
  console.log('stdout from BD-107: <ok> & done')
  console.error('stderr from BD-107')
  await t.expect(Selector('#title').innerText).eql('Cart')
})

test('BD-108 deep equal fails', async (t) => {
  await t.expect({ sku: 'A-1', qty: [1, 2], note: 'x < y & "z"' }).eql({ sku: 'A-1', qty: [1, 3], note: 'x < y & "z"' })
})

test('BD-109 custom message', async (t) => {
  await t.expect(false).ok('cart must be empty <after> checkout & "reset"')
})

test('BD-110 contains fails', async (t) => {
  await t.expect('line one\nline two\nline three').contains('line four')
})

// Data-driven tests: one test per row.
for (const row of [
  { marker: 'BD-111', qty: 1, expected: 5 },
  { marker: 'BD-112', qty: 2, expected: 10 },
  { marker: 'BD-113', qty: 3, expected: 16 },
]) {
  test(`${row.marker} total for ${row.qty} items`, async (t) => {
    for (let i = 0; i < row.qty; i++) await t.click('#add')
    await t.expect(total.innerText).eql(`Total: €${row.expected}`)
  })
}
