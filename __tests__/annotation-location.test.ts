/**
 * Where an error annotation points (src/annotations/): the file:line
 * positions failures of real tools name, and which of them is a file of a
 * real workspace on disk, never one outside it or a dependency's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FailureLocator } from '../src/annotations/locate.js'
import {
  failurePositions,
  sourcePositions,
  type SourcePosition
} from '../src/annotations/source-positions.js'
import { WorkspaceFiles } from '../src/annotations/workspace-files.js'
import {
  MAX_SOURCE_LINKS,
  sourceLinks
} from '../src/annotations/source-links.js'
import { MarkerFinder } from '../src/markers.js'
import { MarkerGroups } from '../src/results/plan.js'
import { decodeReport } from '../src/reports/decode.js'
import { parseJUnit } from '../src/reports/junit.js'
import type { TestCase } from '../src/reports/test-case.js'

const REPORTS = new URL('../__fixtures__/reports/', import.meta.url)

/** The failed tests of a fixture report by name, with their first failure's positions. */
function failed(
  relative: string
): Map<string, { testCase: TestCase; positions: SourcePosition[] }> {
  // A path, not a URL: Gradle's file names hold `#` (TEST-int#29.xml).
  const report = parseJUnit(
    decodeReport(readFileSync(path.join(fileURLToPath(REPORTS), relative))),
    `reports/${path.basename(relative)}`
  )
  if (report.kind !== 'junit') throw new Error('not junit')
  const tests = new Map<
    string,
    { testCase: TestCase; positions: SourcePosition[] }
  >()
  for (const testCase of report.testCases) {
    const problem = testCase.problems.find(
      (p) => p.kind === 'failure' || p.kind === 'error'
    )
    if (problem && !tests.has(testCase.name))
      tests.set(testCase.name, {
        testCase,
        positions: sourcePositions(`${problem.message}\n${problem.details}`)
      })
  }
  return tests
}

function positionsOf(relative: string, test: string): SourcePosition[] {
  const found = failed(relative).get(test)
  if (!found) throw new Error(`${test} did not fail in ${relative}`)
  return found.positions
}

/** `name:line` (and @package) of each position: fixtures' absolute paths depend on where they were made. */
function short(positions: readonly SourcePosition[]): string[] {
  return positions.map(
    (p) =>
      `${path.basename(p.path)}:${p.line}${p.packageDirs ? `@${p.packageDirs}` : ''}`
  )
}

describe('sourcePositions, on the failures real tools write', () => {
  it('reads a JavaScript stack, dependencies and all (jest)', () => {
    const positions = positionsOf(
      'jest/jest-junit.xml',
      '[BD-2] cart total is wrong'
    )
    expect(positions[0].path).toMatch(/^\/.*\/__tests__\/shop\.test\.js$/)
    expect(positions[0].line).toBe(26)
    expect(short(positions).slice(1, 3)).toEqual([
      'jestAdapterInit.js:1834',
      'jestAdapterInit.js:1774'
    ])
  })

  it('reads pytest\'s `file:line:` lines and a Python traceback\'s `File "…", line N`', () => {
    expect(
      positionsOf(
        'pytest/pytest-xunit1.xml',
        'test_bd2_user_sees_error_on_bad_password'
      )
    ).toEqual([{ path: 'tests/test_auth.py', line: 18 }])
    const traceback = positionsOf(
      'python-xmlrunner/xmlrunner.xml',
      'test_total_is_wrong'
    )
    expect(short(traceback)).toEqual(['test_cart.py:12'])
  })

  it('reads go, googletest, Boost.Test and node-tap, and skips a line 0 and an IP address', () => {
    expect(
      positionsOf('go/gotestsum.xml', 'TestBd2UserSeesErrorOnBadPassword')
    ).toEqual([{ path: 'auth_test.go', line: 26 }])
    expect(
      short(positionsOf('googletest/googletest.xml', 'total_is_wrong'))
    ).toEqual(['cart_test.cpp:6', 'cart_test.cpp:6'])
    // `- file: unknown location` / `- line: 0` is no position.
    expect(positionsOf('boost-test/boost-test.xml', 'total_is_wrong')).toEqual([
      { path: 'cart_test.cpp', line: 11 }
    ])
    expect(positionsOf('tap/tap-junit.xml', 'total is wrong')).toEqual([
      { path: 'test/cart.test.mjs', line: 3 }
    ])
    // pytest's message names `10.0.0.5:5432`.
    expect(
      short(
        positionsOf('pytest/pytest-xunit1.xml', 'test_bd3_session_is_stored')
      )
    ).toEqual(['conftest.py:12'])
  })

  it("leaves out googletest's SCOPED_TRACE lines (where a trace was set, not where it failed)", () => {
    expect(
      short(positionsOf('googletest/googletest-shapes.xml', 'test_bd25_helper'))
    ).toEqual(['sku.cpp:4'])
    expect(
      sourcePositions(
        'a_test.cc:9: Failure\nValue of: ok\nGoogle Test trace:\na_test.cc:7: order 42\nhelper.cc:3: inner'
      )
    ).toEqual([{ path: 'a_test.cc', line: 9 }])
  })

  it("reads bats', EUnit's, Perl's (Test::More) and Erlang common_test's `file, line N` forms", () => {
    // bats: `(in test file test/cart.bats, line 15)`.
    expect(
      positionsOf('bats/bats-junit.xml', '[BD-2] cart total is wrong')
    ).toEqual([{ path: 'test/cart.bats', line: 15 }])
    // EUnit: `::in function m:f/0 (test/bd_shop_tests.erl, line 12)`, then EUnit's own frames.
    expect(
      short(
        positionsOf(
          'eunit/TEST-bd_shop_tests.xml',
          'bd_shop_tests:0 [BD-2] cart total is wrong_test'
        )
      ).slice(0, 2)
    ).toEqual(['bd_shop_tests.erl:12', 'eunit_test.erl:273'])
    expect(
      positionsOf(
        'eunit/TEST-bd_shop_tests.xml',
        'bd_shop_tests:0 [BD-2] cart total is wrong_test'
      )[0].path
    ).toBe('test/bd_shop_tests.erl')
    // Test::More: `#   at t/shop.t line 11.`
    expect(
      positionsOf(
        'tap-formatter-junit/tap-formatter-junit.xml',
        '2 - [BD-2] cart total is wrong'
      )
    ).toEqual([{ path: 't/shop.t', line: 11 }])
    // common_test: the stack's `{file,"bd_shop_SUITE.erl"},{line,66}`.
    expect(
      short(
        positionsOf('common-test/cth-surefire.xml', 'BD-10 deep stack')
      ).slice(0, 2)
    ).toEqual(['bd_shop_SUITE.erl:66', 'test_server.erl:1782'])
  })

  it("reads PHP's `in FILE on line N` (a fatal error PHPUnit's --process-isolation reports)", () => {
    expect(
      short(
        positionsOf(
          'phpunit/phpunit-process-isolation.xml',
          'testBd6RunsOutOfMemory'
        )
      )
    ).toEqual(['IsolatedTest.php:18', 'IsolatedTest.php:18'])
    // Not from a file: PHP's `Standard input code on line 2`.
    expect(
      sourcePositions('  thrown in Standard input code on line 2')
    ).toEqual([])
  })

  it("reads a JVM frame's file with its class's package (JUnit 5, TestNG)", () => {
    expect(
      short(positionsOf('testng/TEST-demo.CartTest.xml', 'throwsError'))[0]
    ).toBe('CartTest.java:8@demo')
    const jupiter = short(
      positionsOf('junit5-console/junit-jupiter.xml', 'innerFails()')
    )
    expect(jupiter.slice(0, 3)).toEqual([
      'AssertionUtils.java:38@org/junit/jupiter/api',
      'Assertions.java:135@org/junit/jupiter/api',
      // The default package: a bare name.
      'CartTest.java:14'
    ])
  })

  it("reads a Kotlin frame whose class's name holds spaces and hyphens (a lambda in a backtick-named test), with its package", () => {
    expect(
      short(
        positionsOf(
          'kotlin/console/TEST-junit-jupiter.xml',
          'BD-177 dynamic fails'
        )
      ).filter((p) => p.startsWith('CartTest.kt'))
    ).toEqual(['CartTest.kt:54@com/example/shop'])
    const [frame] = sourcePositions(
      '\tat CartTest$BD-175 dynamic$2.execute(CartTest.kt:103)'
    )
    expect(frame).toEqual({
      path: 'CartTest.kt',
      line: 103,
      className: 'CartTest$BD-175 dynamic$2'
    })
    // A test method named with spaces, in a .kts script too.
    expect(
      short(
        sourcePositions(
          '\tat app//com.example.shop.CartTest.BD-171 total is wrong(CartTest.kt:30)\n\tat Build_gradle.run(build.gradle.kts:7)'
        )
      )
    ).toEqual(['CartTest.kt:30@com/example/shop', 'build.gradle.kts:7'])
  })

  it("reads a JVM frame after Java 9's class loader and module names, as Gradle writes them", () => {
    const stack = [
      'org.opentest4j.AssertionFailedError: expected: <1> but was: <2>',
      '\tat app//org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:3)',
      '\tat java.base@17.0.2/java.util.ArrayList.forEach(ArrayList.java:1511)',
      '\tat java.base/jdk.internal.reflect.Method.invoke(Method.java:568)',
      '\tat app//demo.CartTest.total(CartTest.java:7)'
    ].join('\n')
    expect(short(sourcePositions(stack))).toEqual([
      'Assertions.java:3@org/junit/jupiter/api',
      'ArrayList.java:1511@java/util',
      'Method.java:568@jdk/internal/reflect',
      'CartTest.java:7@demo'
    ])
  })

  it("puts a pytest frame at a `def` line (hypothesis's @given) after the frame that failed", () => {
    expect(
      short(
        positionsOf(
          'pytest/pytest-plugins.xml',
          'test_bd321_tax_is_never_more_than_a_fifth'
        )
      )
    ).toEqual(['test_properties.py:11', 'test_properties.py:10'])
    // A frame marked at its `def` only when that is the frame's last `>` line.
    expect(
      sourcePositions(
        '>   def test_a(x):\n\nt/test_a.py:3: \n' +
          '    def helper():\n>       raise ValueError\nE   ValueError\n\nt/test_a.py:9: ValueError'
      ).map((p) => p.line)
    ).toEqual([9, 3])
  })

  it("puts Playwright's header, where the test is declared, after where it failed", () => {
    expect(
      short(
        positionsOf(
          'playwright/playwright-junit.xml',
          'BD-14 fails on every try'
        )
      ).slice(0, 2)
    ).toEqual(['flaky.spec.js:13', 'flaky.spec.js:13'])
    const positions = positionsOf(
      'playwright/playwright-junit.xml',
      'BD-14 fails on every try'
    )
    expect(positions[positions.length - 1]).toEqual({
      path: 'flaky.spec.js',
      line: 11
    })
  })

  it("puts Playwright's header without a project, and older Playwright's message, after the stack", () => {
    expect(
      sourcePositions(
        '  shop.spec.js:25:1 \u203a [BD-2] cart total is wrong \u2500\u2500\n\n    Error: expect(received)\n' +
          '        at /w/tests/shop.spec.js:28:17'
      ).map((p) => p.line)
    ).toEqual([28, 25])
    expect(
      failurePositions({
        message: 'ui.contents.spec.ts:32:1 Navigation bar items',
        details: 'Error: expected\n    at /w/tests/ui.contents.spec.ts:39:5'
      }).map((p) => p.line)
    ).toEqual([39, 32])
  })

  it('hostile text cannot stall the step: every form reads 20,000 characters in linear time', () => {
    const hostile = [
      'file:' + ' '.repeat(20_000),
      '  fileName:' + '\t'.repeat(20_000) + 'x',
      'a.b'.repeat(7000),
      'a.'.repeat(10_000),
      '-'.repeat(20_000),
      '/'.repeat(20_000),
      'at ' + '$.'.repeat(10_000),
      'in ' + 'a.'.repeat(10_000),
      'File "'.repeat(3500),
      ('at a.b(' + 'c'.repeat(50)).repeat(300),
      '(' + 'a b.'.repeat(5000),
      'x y.z\n'.repeat(3000),
      'C:' + ' a.b'.repeat(5000)
    ]
    const started = Date.now()
    for (const text of hostile) sourcePositions(text)
    // Each took seconds to hours with overlapping or unbounded repeats.
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it("reads Nim's `file.nim(27, 24): Check failed` and its stack frames `file.nim(43) proc`", () => {
    expect(
      sourcePositions(
        '/w/tests/test_cart.nim(27, 24): Check failed: total([2, 2]) == 5\n' +
          'test_cart.nim(43)        test_cart\n/usr/lib/nim/lib/system/fatal.nim(54) sysFatal\n' +
          'C:\\w\\build.nims(3, 1): Error'
      )
    ).toEqual([
      { path: '/w/tests/test_cart.nim', line: 27 },
      { path: 'test_cart.nim', line: 43 },
      { path: '/usr/lib/nim/lib/system/fatal.nim', line: 54 },
      { path: 'C:\\w\\build.nims', line: 3 }
    ])
  })

  it('reads .NET and compiler-style positions, and no more than 40', () => {
    expect(
      sourcePositions(
        '   at Shop.Tests.CartTests.Total() in C:\\src\\Shop.Tests\\CartTests.cs:line 42\n' +
          'cart_test.cpp(11): error: in "Cart/total": check failed'
      )
    ).toEqual([
      { path: 'C:\\src\\Shop.Tests\\CartTests.cs', line: 42 },
      { path: 'cart_test.cpp', line: 11 }
    ])
    const deep = Array.from(
      { length: 100 },
      (_, i) => `    at f${i} (src/a.js:${i + 1}:1)`
    ).join('\n')
    expect(sourcePositions(deep)).toHaveLength(40)
  })
})

describe('FailureLocator, in a workspace on disk', () => {
  let workspace: string
  let outside: string

  const file = (relative: string, root = workspace): string => {
    const absolute = path.join(root, relative)
    mkdirSync(path.dirname(absolute), { recursive: true })
    writeFileSync(absolute, '// source\n')
    return absolute
  }
  const locate = (
    positions: readonly SourcePosition[],
    test: Partial<{
      file: string
      line: number
      classname: string
      reportFile: string
    }> = {},
    files = new WorkspaceFiles(workspace)
  ) =>
    new FailureLocator(files).locate(positions, {
      file: '',
      classname: '',
      reportFile: 'reports/junit.xml',
      ...test
    })
  /** Where the failed test `name` of a fixture report is annotated. */
  const failureLocation = (relative: string, name: string) => {
    const testCase = failed(relative).get(name)?.testCase
    if (!testCase) throw new Error(`${relative}: no failed test ${name}`)
    return new FailureLocator(new WorkspaceFiles(workspace)).failureOf(testCase)
  }

  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'qas-ws-'))
    outside = mkdtempSync(path.join(os.tmpdir(), 'qas-outside-'))
    for (const relative of [
      '__tests__/shop.test.js',
      'node_modules/jest-circus/build/jestAdapterInit.js',
      'tests/test_auth.py',
      'tests/conftest.py',
      'services/auth/auth_test.go',
      'services/billing/auth_test.go',
      'app/src/test/java/demo/CartTest.java',
      'app/src/test/java/other/CartTest.java',
      'app/src/test/java/CartTest.java',
      'app/src/test/java/demo/Assertions.java',
      'app/src/test/java/demo/DeliveryTest.java',
      'app/src/main/java/demo/Cart.java',
      'app/src/test/kotlin/OrderTest.kt',
      'src/com/example/shop/CartTest.kt',
      'src/com/example/shop/Cart.kt',
      'src/test/groovy/com/example/shop/CartTest.groovy',
      'src/test/groovy/com/example/shop/CartSpec.groovy',
      'src/main/groovy/com/example/shop/Cart.groovy',
      'tests/flaky.spec.js',
      'packages/web/test/cart.test.mjs',
      'packages/api/test/cart.test.mjs',
      'util.py',
      'internal/testutil/testing.go',
      'src/index.js',
      'test/specs/contents.e2e.ts',
      'test/specs/shop.e2e.js',
      'test/shop.js',
      'test/errors.js',
      'test/cart.spec.js',
      'test/hooks.spec.js',
      'test/admin.spec.js',
      'tests/my cart.test.js',
      'e2e/cart.test.js',
      'app/__init__.py',
      'tests/test_x.py',
      'tests/a\uFFFD.py',
      'cart_test.cpp',
      'shapes_test.cpp',
      'sku.cpp',
      'warn_test.cpp',
      'more/cart_gtest.cpp',
      'tests_hypothesis/test_properties.py',
      'tests_bdd/test_cart_steps.py',
      'tests_bdd/features/cart.feature',
      'spec/cart_spec.rb',
      'spec/cart_spec.cr',
      'spec/helpers_spec.cr',
      'src/cart.cr',
      'spec/hooks_spec.rb',
      'spec/shared_spec.rb',
      'spec/support/cart_helper.rb',
      'spec/support/shared_examples.rb',
      't/cart.t',
      't/output.t',
      'bdshop/cart/cart_test.go',
      'tests/testthat/test-cart.R',
      'tests/testthat/test-unicode.R',
      'shop/test_cart.py',
      'shop/test_bd189_orders.py',
      'broken/test_import_error.py',
      'tests/cart.c',
      'tests/fixtures.c',
      'tests/CartTest.cpp',
      'tests/CheckoutTest.cpp',
      'Main.hs',
      'lua/test_cart.lua',
      'tests/test_cart.nim',
      'tests/CartTest.h',
      'tests/CheckoutTest.h'
    ])
      file(relative)
    file('secret.txt', outside)
    file('linked/deep/only_outside.py', outside)
    symlinkSync(path.join(outside, 'linked'), path.join(workspace, 'linked'))
    symlinkSync(
      path.join(outside, 'secret.txt'),
      path.join(workspace, 'tests/leak.py')
    )
  })
  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  it("points at the test's own line in a JavaScript stack made elsewhere (another checkout, a container), not at a dependency's", () => {
    const tests = failed('jest/jest-junit.xml')
    for (const [name, line] of [
      ['[BD-2] cart total is wrong', 26],
      ['BD-3: crashes with an error', 30]
    ] as const) {
      const { testCase, positions } = tests.get(name) ?? {}
      if (!testCase || !positions) throw new Error(name)
      expect(locate(positions, testCase)).toEqual({
        file: '__tests__/shop.test.js',
        line
      })
    }
    // The dependency exists in the workspace, and is still not pointed at.
    expect(
      locate([
        {
          path: path.join(
            workspace,
            'node_modules/jest-circus/build/jestAdapterInit.js'
          ),
          line: 1834
        }
      ])
    ).toBeUndefined()
  })

  it("prefers a position in the test's own file, else the first that is a file of the workspace", () => {
    const positions = [
      { path: 'tests/conftest.py', line: 12 },
      { path: 'tests/test_auth.py', line: 18 }
    ]
    expect(locate(positions, { file: 'tests/test_auth.py' })).toEqual({
      file: 'tests/test_auth.py',
      line: 18
    })
    expect(locate(positions)).toEqual({ file: 'tests/conftest.py', line: 12 })
    // Without a file attribute, a classname that is a file (Playwright,
    // vitest) is the test's own file: its frame before a helper's.
    const helperFirst = [
      { path: '/ci/shop/__tests__/shop.test.js', line: 40 },
      { path: '/ci/shop/tests/flaky.spec.js', line: 13 }
    ]
    expect(locate(helperFirst, { classname: 'flaky.spec.js' })).toEqual({
      file: 'tests/flaky.spec.js',
      line: 13
    })
    expect(locate(helperFirst, { classname: 'Cart flaky' })).toEqual({
      file: '__tests__/shop.test.js',
      line: 40
    })
    // Nowhere in its text: the test's file, without a line.
    expect(
      locate([{ path: 'nowhere.py', line: 3 }], { file: 'tests/test_auth.py' })
    ).toEqual({ file: 'tests/test_auth.py' })
  })

  it("points a Ginkgo v1 failure at the line that failed, not at its spec's; a panic in go's runtime at its spec", () => {
    const ginkgo = (name: string) => failureLocation('ginkgo/junit.xml', name)
    expect(ginkgo('Cart [BD-162] computes the total')).toEqual({
      file: 'bdshop/cart/cart_test.go',
      line: 30
    })
    expect(ginkgo('Cart discounts BD-177 bulk <10> & "more"')).toEqual({
      file: 'bdshop/cart/cart_test.go',
      line: 104
    })
    expect(ginkgo('Cart BD-165 panics')).toEqual({
      file: 'bdshop/cart/cart_test.go',
      line: 41
    })
  })

  it('points a Gradle test at the first frame in the workspace: its own line, or the line of the code under test that threw', () => {
    const location = failureLocation
    // A nested class: the outer class's file.
    expect(
      location('gradle/TEST-demo.CartTest$Inner.xml', 'testBd210InnerFails')
    ).toEqual({ file: 'app/src/test/java/demo/CartTest.java', line: 78 })
    expect(
      location('gradle/TEST-demo.CartTest.xml', 'test_bd203_checkout')
    ).toEqual({ file: 'app/src/main/java/demo/Cart.java', line: 23 })
    // JUnit 5 through the JUnitPlatform runner: the classname is a display name.
    expect(
      location('gradle/TEST-BD-220#20tracking.xml', 'shows the ETA')
    ).toEqual({ file: 'app/src/test/java/demo/DeliveryTest.java', line: 49 })
  })

  it("points a Kotlin dynamic test at its lambda's line (a class named `CartTest$BD-175 dynamic$2`), an exception at the code under test", () => {
    const location = (name: string) =>
      failureLocation('kotlin/console/TEST-junit-jupiter.xml', name)
    expect(location('BD-177 dynamic fails')).toEqual({
      file: 'src/com/example/shop/CartTest.kt',
      line: 54
    })
    expect(location('BD-173 checkout of an empty cart()')).toEqual({
      file: 'src/com/example/shop/Cart.kt',
      line: 17
    })
  })

  it("points a Groovy failure inside a closure at the closure's line (a class named `CartTest$_BD-562_every_item_is_cheap_closure3`), a Spock condition at its line", () => {
    for (const report of [
      'groovy/junit4/TEST-com.example.shop.CartTest.xml',
      'groovy/console/TEST-junit-vintage.xml'
    ]) {
      expect(failureLocation(report, 'BD-562 every item is cheap')).toEqual({
        file: 'src/test/groovy/com/example/shop/CartTest.groovy',
        line: 81
      })
      expect(failureLocation(report, 'BD-552 total is wrong')).toEqual({
        file: 'src/test/groovy/com/example/shop/CartTest.groovy',
        line: 22
      })
      expect(failureLocation(report, 'BD-554 adds from a list')).toEqual({
        file: 'src/main/groovy/com/example/shop/Cart.groovy',
        line: 8
      })
    }
    expect(
      failureLocation(
        'groovy/spock/TEST-com.example.shop.CartSpec.xml',
        'BD-571 total is wrong'
      )
    ).toEqual({
      file: 'src/test/groovy/com/example/shop/CartSpec.groovy',
      line: 25
    })
  })

  it("falls back on the line its testcase names when its failure names none (googletest's `unknown file` exception)", () => {
    const location = (name: string) =>
      failureLocation('googletest/googletest.xml', name)
    // Where the exception was thrown is unknown: where the test is.
    expect(location('throws_exception')).toEqual({
      file: 'cart_test.cpp',
      line: 7
    })
    // Its failure's own position wins over the test's line (6).
    expect(location('total_is_wrong')).toEqual({
      file: 'cart_test.cpp',
      line: 6
    })
    expect(location('setup_fails')).toEqual({
      file: 'cart_test.cpp',
      line: 13
    })
    // Not a file of the workspace: nothing, line or not.
    expect(
      locate([], { file: 'elsewhere/cart_test.cc', line: 7 })
    ).toBeUndefined()
  })

  it("pytest plugins: hypothesis's failing line, not its test's `def`; pytest-bdd's step, or the feature's line of a missing one", () => {
    const location = (name: string) =>
      failureLocation('pytest/pytest-plugins.xml', name)
    // @given's frame stops at the test's `def` (line 10): the assert is 11.
    expect(location('test_bd321_tax_is_never_more_than_a_fifth')).toEqual({
      file: 'tests_hypothesis/test_properties.py',
      line: 11
    })
    // Flaky: the raise hypothesis could not reproduce.
    expect(location('test_bd323_flaky_property')).toEqual({
      file: 'tests_hypothesis/test_properties.py',
      line: 28
    })
    expect(location('test_bd317_removes_an_item_from_the_cart')).toEqual({
      file: 'tests_bdd/test_cart_steps.py',
      line: 30
    })
    // The report's feature path is absolute (/work/main/…): found by its folders.
    expect(location('test_bd319_applies_a_voucher')).toEqual({
      file: 'tests_bdd/features/cart.feature',
      line: 23
    })
  })

  it("C and C++ tools: a helper's file, doctest's classname as the test's file, googletest's output under CTest", () => {
    const location = failureLocation
    // In the helper's file, not at the test's SCOPED_TRACE.
    expect(
      location('googletest/googletest-shapes.xml', 'test_bd25_helper')
    ).toEqual({ file: 'sku.cpp', line: 4 })
    // doctest names no place for an exception: its classname is the file.
    expect(
      location('doctest/doctest-warn.xml', 'BD-24 cart with subcases/throws')
    ).toEqual({ file: 'warn_test.cpp' })
    // CTest running googletest (gtest_discover_tests): its printed failure.
    expect(
      location('ctest/ctest-more.xml', 'Cart.test_bd21_total_in_a_trace')
    ).toEqual({ file: 'more/cart_gtest.cpp', line: 7 })
  })

  it('points at the first assertion that failed in a Criterion test (it writes them last first), whatever its paths; at the failed HUnit line after tasty steps', () => {
    for (const report of [
      'criterion/criterion.xml',
      'criterion/criterion-short-filename.xml',
      'criterion/criterion-absolute.xml'
    ]) {
      expect(failureLocation(report, 'test_bd213_expect_then_assert')).toEqual({
        file: 'tests/cart.c',
        line: 68
      })
      expect(failureLocation(report, 'test_bd229_divides')).toEqual({
        file: 'tests/fixtures.c',
        line: 56
      })
    }
    expect(failureLocation('tasty/tasty-ant-xml.xml', 'BD-250 steps')).toEqual({
      file: 'Main.hs',
      line: 71
    })
  })

  it('points at where a CppUTest check, setup or teardown failed (its message starts with it), not at the TEST line', () => {
    const at = (report: string, name: string) =>
      failureLocation(`cpputest/ojunit/${report}`, name)
    expect(at('cpputest_cart.xml', 'test_bd142_two_checks')).toEqual({
      file: 'tests/CartTest.cpp',
      line: 82
    })
    expect(at('cpputest_checkout_setup.xml', 'test_bd150_pays')).toEqual({
      file: 'tests/CheckoutTest.cpp',
      line: 8
    })
    expect(
      at('cpputest_checkout_teardown.xml', 'test_bd151_empties_cart')
    ).toEqual({
      file: 'tests/CheckoutTest.cpp',
      line: 21
    })
  })

  it("points at a CxxTest failure's file and line (its first failed assertion, setUp's), whatever its paths", () => {
    const at = (name: string) => failureLocation('cxxtest/cxxtest.xml', name)
    expect(at('testBd515TwoFailures')).toEqual({
      file: 'tests/CartTest.h',
      line: 23
    })
    expect(at('testBd530PaysByCard')).toEqual({
      file: 'tests/CheckoutTest.h',
      line: 6
    })
    expect(at('testBd520UncaughtException')).toEqual({
      file: 'tests/CartTest.h',
      line: 37
    })
  })

  it("points at a LuaUnit test's line (its message, written as the type, and traceback) and a Nim check's or exception's, the first failed check first", () => {
    expect(
      failureLocation(
        'luaunit/luaunit-junit.xml',
        'TestCheckoutSetup.test_bd449_pays'
      )
    ).toEqual({ file: 'lua/test_cart.lua', line: 102 })
    const nim = (report: string, name: string) =>
      failureLocation(`nim-unittest/${report}`, name)
    for (const report of [
      'nim-unittest-junit.xml',
      'nim-unittest-release-junit.xml'
    ]) {
      // Its message is the first failed check (line 31), its text the next.
      expect(nim(report, 'BD-432 two checks fail')).toEqual({
        file: 'tests/test_cart.nim',
        line: 31
      })
      expect(nim(report, 'BD-435 raises an exception')).toEqual({
        file: 'tests/test_cart.nim',
        line: 43
      })
    }
    // An IndexDefect's frames: the test's line, then the system library's.
    expect(nim('nim-unittest-junit.xml', 'BD-443 index out of bounds')).toEqual(
      { file: 'tests/test_cart.nim', line: 72 }
    )
  })

  it("points at a Crystal spec's line from its backtrace (`spec/cart_spec.cr:15:5 in '->'`), past the spec runner's own frames", () => {
    const crystal = (name: string, report = 'crystal-spec-junit.xml') =>
      failureLocation(`crystal-spec/${report}`, name)
    expect(crystal('Cart BD-901 total is wrong')).toEqual({
      file: 'spec/cart_spec.cr',
      line: 15
    })
    // An exception: the test's frame, not the library's that raised it.
    expect(crystal('Cart BD-902 raises an exception')).toEqual({
      file: 'spec/cart_spec.cr',
      line: 19
    })
    expect(crystal('Cart BD-912 reads past the end of a list')).toEqual({
      file: 'spec/cart_spec.cr',
      line: 63
    })
    expect(
      crystal('BD-930 helpers formats a price', 'crystal-spec-hook-junit.xml')
    ).toEqual({ file: 'spec/helpers_spec.cr', line: 6 })
  })

  it("finds go's bare file names in the package the classname names, and none when that does not tell", () => {
    const { testCase, positions } =
      failed('go/gotestsum.xml').get('TestBd2UserSeesErrorOnBadPassword') ?? {}
    if (!testCase || !positions) throw new Error('fixture')
    // example.com/bdfixtures/auth: the auth folder, not billing's file of the same name.
    expect(locate(positions, testCase)).toEqual({
      file: 'services/auth/auth_test.go',
      line: 26
    })
    expect(
      locate(positions, { ...testCase, classname: 'example.com/x/y' })
    ).toBeUndefined()
    // One locator for tests of both packages naming the same bare name.
    const locator = new FailureLocator(new WorkspaceFiles(workspace))
    const bare = [{ path: 'auth_test.go', line: 3 }]
    const where = (classname: string) =>
      locator.locate(bare, { file: '', reportFile: 'junit.xml', classname })
    expect(where('example.com/svc/auth')?.file).toBe(
      'services/auth/auth_test.go'
    )
    expect(where('example.com/svc/billing')?.file).toBe(
      'services/billing/auth_test.go'
    )
  })

  it("finds a JVM frame's file only in its package's folder", () => {
    expect(
      locate([{ path: 'CartTest.java', line: 8, packageDirs: 'demo' }])
    ).toEqual({ file: 'app/src/test/java/demo/CartTest.java', line: 8 })
    // org.junit.jupiter.api.Assertions is not the project's own Assertions.java.
    expect(
      locate([
        {
          path: 'Assertions.java',
          line: 3,
          packageDirs: 'org/junit/jupiter/api'
        }
      ])
    ).toBeUndefined()
    // The default package, three files named so: the classname does not tell.
    expect(locate([{ path: 'CartTest.java', line: 14 }])).toBeUndefined()
    // Kotlin leaves the common root package out of its folders: the test's
    // own class is found by its file's name, a library's class is not.
    const frame = {
      path: 'OrderTest.kt',
      line: 12,
      packageDirs: 'com/example/app',
      className: 'com.example.app.OrderTest$Nested'
    }
    expect(locate([frame], { classname: 'com.example.app.OrderTest' })).toEqual(
      { file: 'app/src/test/kotlin/OrderTest.kt', line: 12 }
    )
    expect(
      locate([frame], { classname: 'com.example.app.Other' })
    ).toBeUndefined()
  })

  it("resolves a path relative to the report's folder, and picks between same-named files by nearness to the report", () => {
    expect(
      locate([{ path: 'test/cart.test.mjs', line: 3 }], {
        reportFile: 'packages/web/junit.xml'
      })
    ).toEqual({ file: 'packages/web/test/cart.test.mjs', line: 3 })
    expect(
      locate([{ path: '/ci/build/test/cart.test.mjs', line: 4 }], {
        reportFile: 'packages/api/reports/junit.xml'
      })
    ).toEqual({ file: 'packages/api/test/cart.test.mjs', line: 4 })
  })

  it('never points outside the workspace: absolute paths, ../ and symbolic links', () => {
    const secret = path.join(outside, 'secret.txt')
    expect(locate([{ path: secret, line: 1 }])).toBeUndefined()
    expect(
      locate([
        { path: path.relative(workspace, secret), line: 1 },
        { path: `file://${secret}`, line: 1 }
      ])
    ).toBeUndefined()
    // Reached only through links out of the workspace.
    expect(locate([{ path: 'only_outside.py', line: 2 }])).toBeUndefined()
    expect(
      locate([
        { path: 'linked/deep/only_outside.py', line: 2 },
        { path: 'tests/leak.py', line: 2 }
      ])
    ).toBeUndefined()
    expect(locate([], { file: 'tests/leak.py' })).toBeUndefined()
  })

  it("does not take a system library's or a dependency's file for the project's file of the same name", () => {
    for (const written of [
      '/usr/lib/python3/dist-packages/nose2/util.py',
      '/usr/lib/go-1.19/src/testing/testing.go',
      '/home/ci/other/node_modules/left-pad/index.js'
    ])
      expect(locate([{ path: written, line: 5 }])).toBeUndefined()
    // nose2: an import failure's frames in nose2 itself, then the test module's.
    expect(
      locate([
        { path: '/usr/lib/python3/dist-packages/nose2/util.py', line: 76 },
        { path: path.join(workspace, 'util.py'), line: 1 }
      ])
    ).toEqual({ file: 'util.py', line: 1 })
    // From elsewhere, a file at the root is not told apart by its folder.
    expect(locate([{ path: '/ci/checkout/util.py', line: 1 }])).toBeUndefined()
  })

  it('reads paths with spaces in a JavaScript frame and at the start of a line (pytest on Windows)', () => {
    const jest = sourcePositions(
      'Error: expect(received)\n    at Object.<anonymous> (/home/runner/work/shop/shop/tests/my cart.test.js:7:21)'
    )
    expect(locate(jest, { file: 'tests/my cart.test.js' })).toEqual({
      file: 'tests/my cart.test.js',
      line: 7
    })
    const pytest = sourcePositions(
      'C:\\Program Files\\Python312\\Lib\\importlib\\__init__.py:90: in import_module\n' +
        '    return _bootstrap._gcd_import(name[level:], package, level)\n' +
        'tests\\test_x.py:1: in <module>\n    import missing'
    )
    // Not the project's own __init__.py: Python's, read whole with its space.
    expect(locate(pytest)).toEqual({ file: 'tests/test_x.py', line: 1 })
    // Words before a path at a line's start: its last word is the path.
    expect(locate(sourcePositions('Error in tests/test_x.py:4: boom'))).toEqual(
      { file: 'tests/test_x.py', line: 4 }
    )
  })

  it('makes no summary link of a name no URL can hold, and does not throw', () => {
    const report = parseJUnit(
      '<testsuite name="s"><testcase name="BD-1 t"><failure message="m">File "tests/a.py", line 3</failure></testcase></testsuite>',
      'junit.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    // A lone surrogate: decoding a report no longer makes one (&#xD800; is
    // U+FFFD), but the links must not depend on that.
    const [problem] = report.testCases[0].problems
    report.testCases[0].problems = [
      { ...problem, details: 'File "tests/a\ud800.py", line 3' }
    ]
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(report.testCases)
    const { results } = groups.plan(new Map([[1, 'id-1']]), {})
    const links = sourceLinks(
      results,
      new FailureLocator(new WorkspaceFiles(workspace)),
      { commitUrl: 'https://github.com/acme/shop/commit/0123abc' }
    )
    expect(links.size).toBe(0)
  })

  it("reads webdriverio's file://./ test files", () => {
    expect(locate([], { file: 'file://./test/specs/contents.e2e.ts' })).toEqual(
      { file: 'test/specs/contents.e2e.ts' }
    )
  })

  // testthat names where in its message, relative to tests/testthat;
  // subunit2junitxml's traceback has the paths of where the tests ran.
  it("points at a testthat expectation's line, and at a unittest test's frame of a subunit traceback", () => {
    for (const [report, name, file, line] of [
      [
        'testthat/testthat-progress.xml',
        '_BD_102_totals_with_tax',
        'tests/testthat/test-cart.R',
        9
      ],
      [
        'testthat/testthat-progress.xml',
        'BD_106_throws_inside_the_test',
        'tests/testthat/test-cart.R',
        26
      ],
      [
        'testthat/testthat-progress.xml',
        'BD_132_message_with_',
        'tests/testthat/test-unicode.R',
        10
      ],
      [
        'subunit/subunit-run-junit.xml',
        'test_bd171_total_with_tax',
        'shop/test_cart.py',
        17
      ],
      // Raised in a helper of the same file: the test's frame comes first.
      [
        'subunit/subunit-run-junit.xml',
        'test_bd173_raises_error',
        'shop/test_cart.py',
        25
      ],
      [
        'subunit/subunit-run-junit.xml',
        'setUpModule (shop.test_bd189_orders)',
        'shop/test_bd189_orders.py',
        5
      ],
      [
        'subunit/subunit-run-junit.xml',
        'test_import_error',
        'broken/test_import_error.py',
        2
      ]
    ] as const)
      expect(failureLocation(report, name)).toEqual({ file, line })
  })

  // Its failure is a message only, without a file attribute: the stack is
  // the test's <system-err>.
  // rspec_junit_formatter's file is the example group's, its backtrace
  // relative (`./spec/cart_spec.rb:9:in 'block …'`).
  it("points at an RSpec example's line in its spec file: a helper's error at the spec's call, a shared example at its include", () => {
    for (const [name, file, line] of [
      ['Cart [BD-102] totals the prices', 'spec/cart_spec.rb', 9],
      ['Cart BD-107 fails in a helper file', 'spec/cart_spec.rb', 29],
      ['Cart let! BD-123 uses the order', 'spec/cart_spec.rb', 111],
      ['BD-130 Payments charges the card', 'spec/hooks_spec.rb', 5],
      [
        'Book behaves like a priced item BD-138 is taxed',
        'spec/shared_spec.rb',
        4
      ]
    ] as const)
      expect([name, failureLocation('rspec/rspec.xml', name)]).toEqual([
        name,
        { file, line }
      ])
  })

  it("points at a TAP::Harness::JUnit test's own `at t/x.t line N.`, not the previous test's", () => {
    const report = 'tap-harness-junit/tap-harness-junit-merge.xml'
    for (const [name, file, line] of [
      ['[BD-151] cart total is wrong', 't/cart.t', 10],
      ['BD-152 deep structure differs', 't/cart.t', 11],
      ['BD-156 greeting matches', 't/cart.t', 30],
      ['BD-173 compares with cmp_ok', 't/output.t', 10]
    ] as const)
      expect([name, failureLocation(report, name)]).toEqual([
        name,
        { file, line }
      ])
  })

  it("points at a WebdriverIO test's line from the stack in its <system-err>", () => {
    const tests = failed('wdio/wdio-0-0-junit-reporter.log')
    const locator = new FailureLocator(new WorkspaceFiles(workspace))
    for (const [name, line] of [
      ['BD 203 cart total is wrong', 19],
      ['BD 205 clicks a button that never appears', 28],
      ['before each hook for BD 212 checkout', 56],
      ['BD 218 always fails retried twice', 91]
    ] as const) {
      const { testCase } = tests.get(name) ?? {}
      if (!testCase) throw new Error(name)
      expect(locator.failureOf(testCase)).toEqual({
        file: 'test/specs/shop.e2e.js',
        line
      })
    }
  })

  // The frame of an exports-style test is named after the test: brackets,
  // spaces, parentheses and (escaped in CDATA) markup in the name.
  it("points at a Nightwatch test's line: its own frame, the hook's, the suite's before", () => {
    const locator = new FailureLocator(new WorkspaceFiles(workspace))
    for (const [report, name, file, line] of [
      ['__shop.xml', '[BD-405] cart total is wrong', 'test/shop.js', 23],
      ['__errors.xml', 'BD-407 crashes with an error', 'test/errors.js', 18],
      [
        '__errors.xml',
        'BD-408 clicks a button that never appears',
        'test/errors.js',
        22
      ],
      [
        '__errors.xml',
        'BD-409 renders <script>alert(1)</script> & "quotes"',
        'test/errors.js',
        26
      ],
      [
        '__cart.spec.xml',
        'BD-414 element never appears',
        'test/cart.spec.js',
        26
      ],
      ['__cart.spec.xml', 'BD-417 async error', 'test/cart.spec.js', 40],
      ['__hooks.spec.xml', 'BD-420 pays by card', 'test/hooks.spec.js', 10],
      ['__admin.spec.xml', '(suite)', 'test/admin.spec.js', 10]
    ] as const) {
      const tests = failed(`nightwatch/CHROME_156.0.8078.79${report}`)
      const { testCase } = tests.get(name) ?? {}
      if (!testCase) throw new Error(name)
      expect(locator.failureOf(testCase)).toEqual({ file, line })
    }
  })

  it('reads a Windows path written on another machine by its folders', () => {
    expect(
      locate([{ path: 'D:\\a\\shop\\tests\\flaky.spec.js', line: 7 }])
    ).toEqual({ file: 'tests/flaky.spec.js', line: 7 })
  })

  it(`links the first ${MAX_SOURCE_LINKS} failed results to their line in the tested commit, paths encoded`, () => {
    file('tests/c++@1.py')
    const testcases = Array.from(
      { length: MAX_SOURCE_LINKS + 10 },
      (_, i) =>
        `<testcase name="BD-${i + 1} t"><failure message="m">tests/c++@1.py:${i + 1}: AssertionError</failure></testcase>`
    )
    const report = parseJUnit(
      `<testsuite name="s"><testcase name="BD-1000 passes"/>${testcases.join('')}</testsuite>`,
      'junit.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(report.testCases)
    const { results } = groups.plan(
      new Map(Array.from({ length: 1000 }, (_, i) => [i + 1, `id-${i + 1}`])),
      {}
    )
    const locator = new FailureLocator(new WorkspaceFiles(workspace))
    const commit = {
      commitUrl: 'https://github.com/acme/shop/commit/0123abc',
      sha: '0123abc'
    }
    const links = sourceLinks(results, locator, commit)
    expect(links.size).toBe(MAX_SOURCE_LINKS)
    expect(links.get(results[0])).toEqual({
      href: 'https://github.com/acme/shop/blob/0123abc/tests/c%2B%2B%401.py#L1',
      text: 'tests/c++@1.py:1'
    })
    // The passed result (BD-1000, last in plan order) has none.
    expect(links.has(results[results.length - 1])).toBe(false)
    // Without the commit, no links.
    expect(sourceLinks(results, locator, {}).size).toBe(0)
  })

  it('looks files up by name only while the workspace is small enough to list', () => {
    const positions = [{ path: '/elsewhere/tests/flaky.spec.js', line: 13 }]
    expect(locate(positions)).toEqual({ file: 'tests/flaky.spec.js', line: 13 })
    expect(
      locate(positions, {}, new WorkspaceFiles(workspace, 5))
    ).toBeUndefined()
  })
})

describe('TestCafe and Cucumber-Ruby failures, in a workspace holding their sources', () => {
  let workspace = ''
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'qas-ws-'))
    for (const relative of [
      'tests/cart.test.js',
      'tests/hooks.test.js',
      'pages/cart.html',
      'features/cart.feature',
      'features/step_definitions/cart_steps.rb',
      'features/support/hooks.rb'
    ]) {
      mkdirSync(path.dirname(path.join(workspace, relative)), {
        recursive: true
      })
      writeFileSync(path.join(workspace, relative), '')
    }
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  const at = (relative: string, name: string) => {
    const report = parseJUnit(
      decodeReport(readFileSync(path.join(fileURLToPath(REPORTS), relative))),
      'reports/junit.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const testCase = report.testCases.find((t) => t.name === name)
    if (!testCase) throw new Error(`${relative}: no test ${name}`)
    return new FailureLocator(new WorkspaceFiles(workspace)).failureOf(testCase)
  }

  it("TestCafe: a JavaScript error on the page at the test's line, not the page's (testcafe-reporter-junit writes no file)", () => {
    for (const file of [
      'testcafe/testcafe-xunit.xml',
      'testcafe/testcafe-junit.xml'
    ]) {
      expect(at(file, 'BD-104 page throws on click')).toEqual({
        file: 'tests/cart.test.js',
        line: 23
      })
      expect(at(file, 'first test of a fixture whose before failed')).toEqual({
        file: 'tests/hooks.test.js',
        line: 5
      })
    }
  })

  it("Cucumber-Ruby: the step definition's line that failed, a hook's line", () => {
    expect(
      at('cucumber-ruby/TEST-features-cart.xml', '[BD-152] total is wrong')
    ).toEqual({ file: 'features/step_definitions/cart_steps.rb', line: 36 })
    expect(
      at('cucumber-ruby/TEST-features-hooks.xml', 'BD-171 Before hook fails')
    ).toEqual({ file: 'features/support/hooks.rb', line: 3 })
  })
})
