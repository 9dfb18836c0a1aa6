import { Selector } from 'testcafe'

// Hooks fail ON PURPOSE: the fixtures need set-up and tear-down failures.
fixture`[BD-120] Fixture before fails`.page`../pages/cart.html`.before(async () => {
  throw new Error('fixture.before: database seed failed')
})

test('first test of a fixture whose before failed', async (t) => {
  await t.click('#add')
})

test('second test of a fixture whose before failed', async (t) => {
  await t.click('#add')
})

fixture`Test hooks`.page`../pages/cart.html`.beforeEach(async (t) => {
  if (t.test.name.includes('BD-123')) throw new Error('beforeEach: login failed')
})

test.before(async () => {
  throw new Error('test.before: fixture file missing')
})('BD-121 test.before fails', async (t) => {
  await t.click('#add')
})

test('BD-122 passes with hooks', async (t) => {
  await t.click('#add').expect(Selector('#items li').count).eql(1)
})

test('BD-123 beforeEach fails', async (t) => {
  await t.click('#add')
})

test.after(async () => {
  throw new Error('test.after: cleanup failed')
})('BD-124 test.after fails', async (t) => {
  await t.click('#add')
})

fixture`BD-125 Fixture after fails`.page`../pages/cart.html`.after(async () => {
  throw new Error('fixture.after: teardown failed')
})

test('test of a fixture whose after failed', async (t) => {
  await t.click('#add')
})

fixture.skip`BD-130 Skipped fixture`.page`../pages/cart.html`

test('first test of a skipped fixture', async (t) => {
  await t.click('#add')
})

test('second test of a skipped fixture', async (t) => {
  await t.click('#add')
})

fixture`Two errors`.page`../pages/cart.html`

test.after(async () => {
  throw new Error('test.after: logout failed')
})('BD-126 fails, then its test.after fails', async (t) => {
  await t.expect(Selector('#title').innerText).eql('Checkout')
})
