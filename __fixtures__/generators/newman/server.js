// A tiny shop API for the newman collection, on 127.0.0.1 at a free port.
// Prints the port on its first line of output, then serves until killed.
const http = require('node:http')

const server = http.createServer((req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (req.url === '/login') return send(200, { user: 'alice', loggedIn: true })
  if (req.url === '/cart') return send(200, { items: ['apple', 'pear', 'plum'], total: 42 })
  if (req.url === '/comment') {
    res.writeHead(200, { 'content-type': 'text/html' })
    return res.end('<p><img src=x onerror=alert(1)></p>')
  }
  if (req.url === '/checkout/coupon') return send(200, { total: 90 })
  if (req.url === '/checkout/shipping') return send(200, { shipping: 10 })
  return send(404, { error: 'not found' })
})

server.listen(0, '127.0.0.1', () => {
  console.log(server.address().port)
})
