// Preloaded into the benchmarked process: writes its peak resident set size
// (the OS's figure, getrusage ru_maxrss, in KiB) to BENCH_RSS_FILE on exit.
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    writeFileSync(
      process.env.BENCH_RSS_FILE,
      String(process.resourceUsage().maxRSS)
    )
  }
})
