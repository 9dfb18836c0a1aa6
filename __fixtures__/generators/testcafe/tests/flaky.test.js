// Fails ON PURPOSE: the first attempt of BD-140 fails, later ones pass
// (--quarantine-mode reruns it); BD-141 always fails.
fixture`Retries`.page`../pages/cart.html`

let attempts = 0

test('BD-140 passes on a retry', async (t) => {
  attempts += 1
  await t.expect(attempts).gt(1, `attempt ${attempts} fails`)
})

test('BD-141 always fails', async (t) => {
  await t.expect('out of stock').eql('in stock')
})
