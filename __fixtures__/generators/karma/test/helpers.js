// Tiny assertion helpers: there is no node:assert in the browser (jsdom).
window.assertEqual = function (actual, expected) {
  if (actual !== expected) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

window.renderComment = function (text) {
  // deliberately not escaped, so the hostile-text test fails
  const p = document.createElement('p')
  p.innerHTML = text
  return p.outerHTML
}

window.level3 = function () {
  throw new Error('deep failure in level3')
}
window.level2 = function () {
  window.level3()
}
window.level1 = function () {
  window.level2()
}

// Fails on its first two attempts, passes on the third.
window.flakyAttempts = 0
