/**
 * Unit tests for src/util/node-heap.ts: the heap node was given, read from
 * its options.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { keptLimits } from '../src/results/plan.js'
import { heapForKeptLimits, nodeOptionsWords } from '../src/util/node-heap.js'

describe('heapForKeptLimits', () => {
  const MiB = 2 ** 20
  const GiB = 2 ** 30

  it('is the old generation --max-old-space-size gives, not heap_size_limit, which also counts the young generation (up to 192 MiB on node 24)', () => {
    // What this node says under --max-old-space-size=128: 176 MiB on node
    // 20, 320 MiB on node 24 (on a machine of 16 GB or more).
    const heapSizeLimit = Number(
      execFileSync(
        process.execPath,
        [
          '--max-old-space-size=128',
          '-p',
          "require('node:v8').getHeapStatistics().heap_size_limit"
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH } }
      )
    )
    const heap = heapForKeptLimits(
      heapSizeLimit,
      ['--max-old-space-size=128'],
      16 * GiB
    )
    expect(heap).toBe(128 * MiB)
    // 100,000 marked tests (the memory-limits e2e test) are over the limits
    // a 128 MiB old generation can hold.
    expect(keptLimits(heap).testCases).toBeLessThan(100_000)
  })

  it("takes the last one given, in NODE_OPTIONS then node's arguments; --max-old-space-size-percentage before them", () => {
    const limit = 4288 * MiB
    expect(heapForKeptLimits(limit, [], 16 * GiB)).toBe(limit)
    expect(
      heapForKeptLimits(limit, ['--experimental-vm-modules', ''], 16 * GiB)
    ).toBe(limit)
    expect(
      heapForKeptLimits(
        limit,
        ['--max-old-space-size=2048', '--max_old_space_size=1024'],
        16 * GiB
      )
    ).toBe(1024 * MiB)
    expect(
      heapForKeptLimits(
        limit,
        ['--max-old-space-size-percentage=2.5', '--max-old-space-size=1024'],
        16 * GiB
      )
    ).toBe(Math.floor(0.025 * 16 * GiB))
    // Never more than heap_size_limit.
    expect(
      heapForKeptLimits(176 * MiB, ['--max-old-space-size=8192'], 16 * GiB)
    ).toBe(176 * MiB)
    expect(
      heapForKeptLimits(limit, ['--max-old-space-size=abc'], 16 * GiB)
    ).toBe(limit)
  })
})

describe('nodeOptionsWords', () => {
  const MiB = 2 ** 20
  const GiB = 2 ** 30
  const limit = 320 * MiB
  const heapOf = (nodeOptions: string, execArgv: string[] = []): number =>
    heapForKeptLimits(
      limit,
      [...nodeOptionsWords(nodeOptions), ...execArgv],
      16 * GiB
    )

  it('splits NODE_OPTIONS as node does: at spaces, "…" quoting, \\ escapes inside quotes', () => {
    expect(nodeOptionsWords('')).toEqual([])
    expect(nodeOptionsWords('  --a  --b=1 ')).toEqual(['--a', '--b=1'])
    expect(nodeOptionsWords('--require "./my dir/x.js" --b="2"')).toEqual([
      '--require',
      './my dir/x.js',
      '--b=2'
    ])
    expect(nodeOptionsWords('"--c=\\"q\\"" ""')).toEqual(['--c="q"'])
  })

  it('reads the old generation node is given, however NODE_OPTIONS writes it', () => {
    // node 20 and 24 take these: node strips the quotes.
    expect(heapOf('--max-old-space-size="128"')).toBe(128 * MiB)
    expect(heapOf('"--max-old-space-size=128" --no-warnings')).toBe(128 * MiB)
    // node 24 reads both as its own options, whose value may be the next word.
    expect(heapOf('--max-old-space-size 128')).toBe(128 * MiB)
    expect(heapOf('--max-old-space-size-percentage 1')).toBe(
      Math.floor(0.01 * 16 * GiB)
    )
    expect(heapOf('--max_old_space_size_percentage=".5"')).toBe(
      Math.floor(0.005 * 16 * GiB)
    )
    // node's own arguments come last and win.
    expect(
      heapOf('--max-old-space-size=200', ['--max-old-space-size', '100'])
    ).toBe(100 * MiB)
    // A word that is not a value is not taken for one.
    expect(heapOf('--max-old-space-size --no-warnings')).toBe(limit)
  })
})
