// The floor the benchmark compares with: what any uploader must do at least.
// Reads the report files and serializes the same number of result items, of
// the same total size, in batches.  Usage: node bench-floor.mjs N BYTES BATCH FILE...
import { readFileSync } from 'node:fs'

const [count, postBytes, batchSize, ...files] = process.argv.slice(2)
let chars = 0
for (const file of files) chars += readFileSync(file, 'utf8').length
const n = Number(count)
const overhead =
  JSON.stringify({
    tcaseId: 'x'.repeat(23),
    status: 'passed',
    comment: '',
    timeTaken: 12
  }).length + 1
const comment = 'x'.repeat(
  Math.max(0, Math.round(Number(postBytes) / Math.max(n, 1)) - overhead)
)
let serialized = 0
for (let start = 0; start < n; start += Number(batchSize)) {
  const items = []
  for (let i = start; i < Math.min(start + Number(batchSize), n); i++) {
    items.push({
      tcaseId: String(i).padStart(23, '0'),
      status: 'passed',
      comment,
      timeTaken: 12
    })
  }
  serialized += JSON.stringify({ items }).length
}
process.stdout.write(JSON.stringify({ chars, serialized }) + '\n')
