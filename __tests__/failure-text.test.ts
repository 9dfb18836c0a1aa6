/**
 * What a failure says (src/results/failure-text.ts), on reports from the real
 * tools: the message when it says something, else the details' telling line.
 */
import { describe, expect, it } from '@jest/globals'
import type { TestCase } from '../src/reports/test-case.js'
import {
  erlangSkipReason,
  failureText,
  summaryLine
} from '../src/results/failure-text.js'
import { plainText } from '../src/util/text.js'
import { fixtureTestCases, parseSuite } from './helpers/reports.js'

/** The failed tests of a fixture report, with the first line failureText gives. */
function firstLines(relative: string): Map<string, string> {
  const lines = new Map<string, string>()
  for (const testCase of fixtureTestCases(relative)) {
    const problem = testCase.problems.find(
      (p) => p.kind === 'failure' || p.kind === 'error'
    )
    if (problem) lines.set(testCase.name, firstLine(problem, testCase))
  }
  return lines
}

function firstLine(
  problem: TestCase['problems'][number],
  testCase: TestCase
): string {
  const { headline, text } = failureText(problem, testCase.name)
  // The text starts with the headline (none: the whole failure's text).
  if (headline === '') return headline
  expect(
    (
      plainText(text)
        .split('\n')
        .find((l) => l.trim() !== '') ?? ''
    ).trim()
  ).toBe(headline)
  return headline
}

function only(body: string): string {
  const [testCase] = parseSuite(body)
  return firstLine(testCase.problems[0], testCase)
}

describe('failureText', () => {
  it('keeps a message that says what failed (jest, vitest, pytest, Surefire)', () => {
    expect(firstLines('jest/jest-junit.xml').get('BD-6 adds 3 + 3 = 7')).toBe(
      'Error: expect(received).toBe(expected) // Object.is equality'
    )
    for (const report of [
      'jest/jest-junit.xml',
      'vitest/vitest-junit.xml',
      'vitest5/vitest-junit.xml',
      'pytest/pytest-xunit2.xml',
      'third-party/surefire/surefire-rerunFailure-always-fail.xml'
    ]) {
      for (const testCase of fixtureTestCases(report)) {
        for (const problem of testCase.problems) {
          if (problem.kind !== 'failure' && problem.kind !== 'error') continue
          const own = problem.message.trim() ? problem.message : problem.details
          expect(failureText(problem, testCase.name).text).toBe(own)
        }
      }
    }
  })

  it("reads Boost.Test's details past `failure` and `unexpected exception`: its check, or the exception", () => {
    const lines = firstLines('boost-test/boost-test.xml')
    expect(lines.get('total_is_wrong')).toBe(
      'check 2 + 2 == 5 has failed [2 + 2 != 5]'
    )
    expect(lines.get('require_fails')).toBe(
      'critical check 1 == 2 has failed [1 != 2]'
    )
    expect(lines.get('throws_exception')).toBe(
      'std::runtime_error: boom from test'
    )
    expect(lines.get('setup_fails')).toBe('std::runtime_error: setup failed')
    expect(lines.get('teardown_fails')).toBe('teardown check failed')
  })

  it('googletest: past its `unknown file` location, what the exception says', () => {
    const lines = firstLines('googletest/googletest.xml')
    expect(lines.get('throws_exception')).toBe(
      'C++ exception with description "boom from test" thrown in the test body.'
    )
    expect(lines.get('setup_fails')).toBe('setup failed')
  })

  it('googletest: what failed, not a SCOPED_TRACE line after it (also in its output under CTest)', () => {
    const lines = firstLines('googletest/googletest-shapes.xml')
    expect(lines.get('test_bd24_scoped_trace')).toBe(
      'Expected equality of these values:'
    )
    expect(lines.get('test_bd25_helper')).toBe(
      'Expected equality of these values:'
    )
    const ctest = firstLines('ctest/ctest-more.xml')
    expect(ctest.get('Cart.test_bd21_total_in_a_trace')).toBe(
      'Expected equality of these values:'
    )
    expect(ctest.get('Cart.test_bd23_throws')).toBe(
      'C++ exception with description "boom from test" thrown in the test body.'
    )
  })

  it("node-tap: its YAML diagnostic (at:, stack:, compare:) gives no line: the assertion's testcase is named after its message", () => {
    const lines = firstLines('tap/tap-junit.xml')
    for (const name of ['total is wrong', 'total <&>', 'boom from test'])
      expect([name, lines.get(name)]).toEqual([name, ''])
  })

  it("AVA: its YAML diagnostic's message, or its assertion with its difference", () => {
    const lines = firstLines('ava/ava-tap-junit.xml')
    expect(lines.get('shop › [BD-2] cart total is wrong')).toBe(
      "AssertionError: t.deepEqual(); Difference (- actual, + expected): { items: [ 'apple', 'pear', 'plum', ], - total: 42, + total: 40, }"
    )
    expect(lines.get('shop › BD-6 adds 3 + 3 = 7')).toBe(
      'AssertionError: t.is(); Difference (- actual, + expected): - 6 + 7'
    )
    expect(lines.get('shop › BD-3: crashes with an error')).toBe(
      'Error thrown in test'
    )
  })

  it("bats: the failed command, not where it failed (bats' first lines)", () => {
    const lines = firstLines('bats/bats-junit.xml')
    expect(lines.get('[BD-2] cart total is wrong')).toBe(
      '`[ "$total" -eq 5 ]\' failed'
    )
    expect(lines.get('BD-10 deep stack')).toBe("`level1' failed with status 3")
  })

  it('behave: message="None" (Python\'s None) says nothing: the failing step does', () => {
    const lines = firstLines('behave/behave-junit.xml')
    expect(lines.get('undefined step')).toMatch(/^Failing step: /)
  })

  it("reads go's details past `Failed`: the test's own log line, or the panic", () => {
    const lines = firstLines('go/gotestsum.xml')
    expect(lines.get('TestBd2UserSeesErrorOnBadPassword')).toBe(
      'auth_test.go:26: login error banner mismatch'
    )
    expect(lines.get('TestBd3SessionIsStored')).toBe(
      'panic: assignment to entry in nil map [recovered]'
    )
    expect(
      firstLines('third-party/go/go-junit-report-pass-fail-skip.xml').get(
        'TestOne'
      )
    ).toBe('fail_test.go:6: Error message')
  })

  it("skips PHPUnit's and Codeception's line that only names the test", () => {
    const lines = firstLines('phpunit/phpunit-single-class.xml')
    expect(lines.get('testBd2UserSeesErrorOnBadPassword')).toBe(
      'login error banner mismatch'
    )
    expect(lines.get('testBd3SessionIsStored')).toBe(
      'RuntimeException: could not connect to db at 10.0.0.5:5432 (connection refused)'
    )
    expect(
      firstLines('phpunit/phpunit-single-class.xml').get(
        'testBd6DiscountCode with data set "bogus"'
      )
    ).toBe('discount for BOGUS')
    expect(
      firstLines('third-party/codeceptjs/codecept.xml').get(
        'runAllSnapshotTests'
      )
    ).toBe('Result code was 1.')
  })

  it("reads Dart's stack trace, an older Playwright's error and Python's exception", () => {
    expect(
      firstLines('third-party/dart/dart-tojunit-example.xml').get(
        'failing test'
      )
    ).toBe("Expected: 'two\\n'")
    expect(
      firstLines(
        'third-party/playwright/playwright-attachments-markers.xml'
      ).get('TEST-006 Navigation bar items')
    ).toBe('Error: expect(received).toEqual(expected) // deep equality')
    expect(
      firstLines('third-party/python-unittest/unittest-xmlrunner.xml').get(
        'test_always_fail'
      )
    ).toBe('AssertionError: failed')
    // pytest's `E` line, without the E
    expect(
      firstLines('third-party/pytest/pytest-fail.xml').get('test_rsh_events')
    ).toBe('AssertionError: 143 != 0')
  })

  it("reads a pytest module's collection error past its `collection failure`: the `E` line", () => {
    const lines = firstLines('pytest/pytest-outcomes.xml')
    expect(lines.get('tests_outcomes.test_bd338_broken_import')).toBe(
      "ModuleNotFoundError: No module named 'shop'"
    )
    // and the rest as they were: pytest's own outcomes and messages.
    expect(lines.get('test_bd329_strict_xfail_passes')).toBe(
      '[XPASS(strict)] BD-329 fixed upstream? rounding bug #77'
    )
    expect(lines.get('test_bd326_errors_in_setup')).toBe(
      'failed on setup with "LookupError: warehouse \'berlin-2\' is not configured"'
    )
  })

  it("reads nose2's details past its `test failure`, which every failure and error says", () => {
    expect(Object.fromEntries(firstLines('nose2/nose2-junit.xml'))).toEqual({
      // An exception that names the test says what went wrong.
      test_broken: 'ImportError: Failed to import test module: test_broken',
      test_function_fails: 'AssertionError: function failed',
      test_errors: 'ValueError: boom <&> "q"',
      test_fails: 'AssertionError: 4 != 5 : sum',
      'test_squares:3': 'AssertionError: 9 != 10',
      'test_subtests (i=2)': 'AssertionError: 2 not less than 2',
      'SetUpClassFails)': 'RuntimeError: setUpClass failed',
      test_passes_but_teardown_fails: 'RuntimeError: tearDown failed',
      // nose2 writes it as a skip; it fails the run (see junit.test.ts).
      test_unexpected_success: 'test passes unexpectedly'
    })
  })

  it('EUnit: past its `::in function …` stack, the reason (`**error:…`)', () => {
    const shop = firstLines('eunit/TEST-bd_shop_tests.xml')
    expect(shop.get('bd_shop_tests:0 [BD-2] cart total is wrong_test')).toBe(
      'error:{assertEqual,[{module,bd_shop_tests}, {line,12}, {expression,"41"}, {expected,42}, {value,41}]}'
    )
    expect(shop.get('bd_shop_tests:0 BD-3: crashes with an error_test')).toBe(
      'error:badarith_boom'
    )
    expect(shop.get('bd_shop_tests:0 BD-4 throws_test')).toBe(
      'throw:{not_ready,"payment gateway"}'
    )
    expect(shop.get('bd_shop_tests:0 BD-18 deep stack_test')).toBe(
      'error:{too_deep,[1,2,3]}'
    )
    expect(shop.get('fixture setup [1,15] (BD-12 database)')).toBe(
      'error:{database_down,"connection refused"}'
    )
    expect(
      firstLines('eunit/TEST-bd_slow_tests.xml').get(
        'bd_slow_tests:0 -slow_test_/0-fun-0- (BD-15 times out)'
      )
    ).toBe('timed out')
  })

  it('EUnit: the reason, also past frames without a location and their `called as` lines', () => {
    // eunit_lib:format_stacktrace: a frame with its arguments adds
    // `called as f(Args)`; a BIF's frame has no (file, line).
    const clause = only(
      '<testcase name="m:0 t_test"><error type="error">\n' +
        '::in function m:price/1 (m.erl, line 4)\n' +
        '  called as price(nope)\n' +
        "in call from m:'t_test'/0 (m.erl, line 9)\n" +
        '**error:function_clause</error></testcase>'
    )
    expect(clause).toBe('error:function_clause')
    const badarg = only(
      '<testcase name="m:0 u_test"><error type="error">\n' +
        '::in function erlang:list_to_integer/1\n' +
        '  called as list_to_integer("x")\n' +
        "in call from m:'u_test'/0 (m.erl, line 12)\n" +
        '**error:badarg</error></testcase>'
    )
    expect(badarg).toBe('error:badarg')
  })

  it('Erlang common_test: past its `Test NAME in SUITE failed!`, the reason its Erlang term gives', () => {
    const ct = firstLines('common-test/cth-surefire.xml')
    // {test_case_failed,"…"} of ct:fail/1: the string's first line.
    expect(ct.get('[BD-2] cart total is wrong')).toBe('cart total is wrong')
    // {Reason, Stack}: the reason, not the stack's frames.
    expect(ct.get('BD-3: crashes with an error')).toBe('badarith_boom')
    expect(ct.get('BD-10 deep stack')).toBe('{too_deep,[1,2,3]}')
    expect(ct.get('BD-15 free over 100')).toBe('{badmatch,5}')
    // A bare reason as it is.
    expect(ct.get('BD-13 times out')).toBe('timetrap_timeout')
    // A string Erlang printed as a list of character codes (it holds 🚀).
    expect(ct.get('BD-9 renders <b onmouseover=alert(1)> &')).toBe(
      'expected <img src=x onerror=alert(1)> & "quotes" &amp; ]]> ünïcödé 🚀'
    )
  })

  it('a message that only says the test failed, naming it and its suite, says nothing', () => {
    expect(
      only(
        `<testcase name="pays"><failure message="Test pays in shop_SUITE failed!">{test_case_failed,"card declined"}</failure></testcase>`
      )
    ).toBe('card declined')
    // Not when the rest says something.
    expect(
      only(
        `<testcase name="pays"><failure message="Test pays failed: card declined">details</failure></testcase>`
      )
    ).toBe('Test pays failed: card declined')
  })

  it("says when a failure only says that the test failed: go's `Failed`, deno's `1 test step failed`", () => {
    const generic = (relative: string, name: string): boolean | undefined => {
      const testCase = fixtureTestCases(relative).find((t) => t.name === name)
      if (!testCase) throw new Error(`no ${name}`)
      return failureText(testCase.problems[0], name).generic
    }
    expect(generic('deno/deno-junit.xml', 'BD-5 checkout')).toBe(true)
    expect(generic('go/gotestsum.xml', 'TestBd6DiscountCode')).toBe(true)
    expect(
      generic(
        'deno/deno-junit.xml',
        'BD-5 checkout > shipping > BD-15 free over 100'
      )
    ).toBeUndefined()
    expect(
      generic('go/gotestsum.xml', 'TestBd6DiscountCode/BOGUS')
    ).toBeUndefined()
  })

  it("TAP::Formatter::JUnit: past the `not ok` line and Test::More's `Failed test 'NAME'` and `at FILE line N.`, its diagnostic", () => {
    const tap = firstLines('tap-formatter-junit/tap-formatter-junit.xml')
    expect(tap.get('2 - [BD-2] cart total is wrong')).toBe(
      'Structures begin differing at:'
    )
    expect(tap.get('7 - BD-6 adds 3 + 3 = 7')).toBe("got: '6'")
    // The `not ok` line says nothing, whatever bytes the name was written in.
    expect(
      [...tap.entries()].find(([name]) => name.startsWith('10 - BD-9'))?.[1]
    ).toMatch(/^expected <img src=x onerror=alert\(1\)> & "quotes"/)
    // Nothing but the name and where: no line.
    expect(tap.get('11 - BD-5 checkout')).toBe('')
  })

  it("RSpec: a message after its blank line; a Ruby backtrace's frames are never the headline (aggregate_failures writes only the exception's class and a frame)", () => {
    const rspec = firstLines('rspec/rspec.xml')
    expect(rspec.get('Cart [BD-102] totals the prices')).toBe(
      'expected: [1, 2, 4]'
    )
    expect(rspec.get('Cart BD-107 fails in a helper file')).toBe(
      'quantity 3 is out of stock'
    )
    expect(rspec.get('Cart BD-114 aggregates in a block')).toBe(
      'RSpec::Expectations::MultipleExpectationsNotMetError'
    )
    const aggregated = fixtureTestCases('rspec/rspec.xml').find(
      (t) => t.name === 'Cart BD-114 aggregates in a block'
    )
    if (!aggregated) throw new Error('no BD-114')
    expect(failureText(aggregated.problems[0], aggregated.name).generic).toBe(
      true
    )
  })

  it("RSpec: the text (an annotation's) starts at the headline, not at the blank line RSpec's message starts with", () => {
    const total = fixtureTestCases('rspec/rspec.xml').find(
      (t) => t.name === 'Cart [BD-102] totals the prices'
    )
    if (!total) throw new Error('no BD-102')
    expect(failureText(total.problems[0], total.name).text).toMatch(
      /^expected: \[1, 2, 4\]\n {5}got: \[1, 2, 3\]\n/
    )
  })

  it("TAP::Harness::JUnit with --merge: each test's own diagnostic, not the previous test's", () => {
    const merged = firstLines('tap-harness-junit/tap-harness-junit-merge.xml')
    expect(merged.get('[BD-151] cart total is wrong')).toBe("got: '4'")
    expect(merged.get('BD-152 deep structure differs')).toBe(
      'Structures begin differing at:'
    )
    expect(merged.get('BD-158 doubles 3')).toBe("got: '6'")
    expect(merged.get('refunds part of an order')).toBe("got: '7'")
    // Without --merge the report holds no diagnostic: no headline rather than another test's.
    const plain = firstLines('tap-harness-junit/tap-harness-junit.xml')
    expect(plain.get('BD-156 greeting matches')).toBe('')
  })

  it("Cucumber-Ruby: the step's exception after `Message:`, not the scenario or the step (its message is `failed NAME`)", () => {
    const cart = firstLines('cucumber-ruby/TEST-features-cart.xml')
    expect(cart.get('[BD-152] total is wrong')).toBe('cart total.')
    expect(cart.get('BD-155 raises an error')).toBe(
      'Stock service refused: <sku> & "qty" (ArgumentError)'
    )
    expect(cart.get('BD-158 doc string in a failing step')).toBe('--- expected')
    const hooks = firstLines('cucumber-ruby/TEST-features-hooks.xml')
    expect(hooks.get('BD-171 Before hook fails')).toBe(
      'Before hook: database seed failed (RuntimeError)'
    )
    expect(hooks.get('BD-172 After hook fails')).toBe(
      'After hook: cleanup failed (RuntimeError)'
    )
    // An outline's row: `Example row: | 5 | 15 |` in place of the step.
    const outline = firstLines('cucumber-ruby/TEST-features-discounts.xml')
    expect(
      outline.get('discount for <qty> items (outline example : | 5 | 15 |)')
    ).toBe('discount.')
    const strict = firstLines('cucumber-ruby/strict/TEST-features-cart.xml')
    expect(strict.get('BD-153 pending step')).toBe(
      'coupons are not implemented yet (Cucumber::Pending)'
    )
    expect(strict.get('BD-154 undefined step')).toBe(
      'Undefined step: "I pay with a gift card" (Cucumber::Core::Test::Result::Undefined)'
    )
  })

  it("TestCafe: the first error without its number `1) `; a hook's error with its heading", () => {
    for (const file of [
      'testcafe/testcafe-xunit.xml',
      'testcafe/testcafe-junit.xml'
    ]) {
      const lines = firstLines(file)
      expect(lines.get('[BD-102] total is shown')).toBe(
        "AssertionError: total after two items: expected 'Total: €10' to deeply equal 'Total: €15'"
      )
      expect(lines.get('test_bd103_missing_button')).toBe(
        'The specified selector does not match any element in the DOM tree.'
      )
      expect(lines.get('BD-123 beforeEach fails')).toBe(
        'Error in fixture.beforeEach hook: Error: beforeEach: login failed'
      )
      expect(lines.get('test of a fixture whose after failed')).toBe(
        'Error in fixture.after hook: Error: fixture.after: teardown failed'
      )
    }
  })

  it('minitest-reporters: a message it cut (`Expected: 2...`) is taken whole from the details', () => {
    const minitest = firstLines('minitest/minitest-reporters.xml')
    expect(minitest.get('test_0002_spec fails')).toBe('Expected: 2')
    expect(minitest.get('test_throws')).toBe('RuntimeError: boom from test')
    expect(minitest.get('test_total_is_wrong')).toBe('total <&>.')
    // A message ending in `...` that the details do not hold stays as it is.
    expect(
      only(
        '<testcase name="t"><failure message="Loading took too long...">timeout after 5 s</failure></testcase>'
      )
    ).toBe('Loading took too long...')
  })

  it('minitest-reporters: not its line naming the test (`test_x(Minitest::Result) [file:line]:`); a message broken after the class by make_my_diffs_pretty! taken whole', () => {
    const pretty = firstLines('minitest/minitest-pretty-diffs.xml')
    expect(pretty.get('test_bd22_assert_raises_wrong')).toBe(
      '[ArgumentError] exception expected, not'
    )
    expect(pretty.get('test_bd23_assert_raises_none')).toBe(
      'ArgumentError expected but nothing was raised.'
    )
    expect(pretty.get('test_bd20_pretty_hash_diff')).toBe('--- expected')
    // One line on at most: a diff's context lines start with a space too.
    expect(
      only(
        '<testcase name="t"><failure message="Strings differ...">Strings differ in case\n and more\n and the rest</failure></testcase>'
      )
    ).toBe('Strings differ in case and more')
    expect(pretty.get('test_bd24_helper_raises')).toBe(
      'ArgumentError: unknown item :pear'
    )
    // A message that says nothing: the line that names the test is no headline either.
    expect(
      only(
        '<testcase name="test_x"><failure message="Failed...">Failure:\ntest_x(CartTest) [test/cart_test.rb:7]:\nFailed\n</failure></testcase>'
      )
    ).toBe('Failed...')
  })

  it("subunit2junitxml: a bare traceback's exception, also over lines (unittest's diffs), and the error a module raised as it was imported", () => {
    const subunit = firstLines('subunit/subunit-run-junit.xml')
    expect(subunit.get('test_bd171_total_with_tax')).toBe(
      'AssertionError: 3 != 4'
    )
    expect(subunit.get('test_bd172_multiline_diff')).toBe(
      "AssertionError: {'items': ['apple', 'pear', 'fig'], 'total': 4} != {'items': ['apple', 'pear', 'plum'], 'total': 3}"
    )
    expect(subunit.get('test_bd173_raises_error')).toBe(
      'ValueError: negative price: -1'
    )
    expect(subunit.get('setUpClass (shop.test_cart.TestBd187Inventory)')).toBe(
      'ConnectionError: inventory service <down> & "unreachable"'
    )
    expect(subunit.get('test_bd177_unexpected_success')).toBe(
      'Unexpected success: the test is marked as an expected failure, but it passed.'
    )
    expect(subunit.get('test_import_error')).toBe(
      'ImportError: Failed to import test module: broken.test_import_error'
    )
    // A traceback of frames only says nothing more than its first line.
    expect(
      only(
        '<testcase name="t"><failure>Traceback (most recent call last):\n  File "x.py", line 3, in t\n    f()</failure></testcase>'
      )
    ).toBe('Traceback (most recent call last):')
  })

  it("testthat: its message, the first line and where (`('test-cart.R:9')`)", () => {
    const testthat = firstLines('testthat/testthat-progress.xml')
    expect(testthat.get('_BD_102_totals_with_tax')).toBe(
      "cart_total(c(1, 2)) not equal to 4. ('test-cart.R:9')"
    )
    expect(testthat.get('BD_109_stop_with_a_condition_call')).toBe(
      "Error in `f()`: cart is locked ('test-cart.R:40')"
    )
  })

  it('Criterion: past its `2 assertion(s) failed.`, the first assertion that failed (it writes them last first)', () => {
    const lines = firstLines('criterion/criterion.xml')
    expect(lines.get('test_bd202_total_is_wrong')).toBe(
      `tests/cart.c:17: the total is wrong: <b> & "quoted" 'x'`
    )
    expect(lines.get('test_bd203_several_expects')).toBe(
      'tests/cart.c:21: first expect fails'
    )
    expect(lines.get('test_bd213_expect_then_assert')).toBe(
      'tests/cart.c:68: an expect fails first'
    )
    expect(lines.get('test_bd229_divides')).toBe(
      'tests/fixtures.c:56: 7 is not divisible by 2'
    )
    // Nothing more written (a missing signal, a wrong exit code, the new
    // API's cr_assert(eq(…))): its message, said to say nothing.
    const [exit] = fixtureTestCases('criterion/criterion.xml').filter(
      (t) => t.name === 'test_bd219_exit_code_wrong'
    )
    expect(failureText(exit.problems[0], exit.name)).toEqual({
      headline: '0 assertion(s) failed.',
      text: '0 assertion(s) failed.',
      generic: true
    })
  })

  it("tasty (HUnit): the failure after its location, also after testCaseSteps' labels", () => {
    const lines = firstLines('tasty/tasty-ant-xml.xml')
    expect(lines.get('[BD-232] total is wrong')).toBe('expected: 4')
    expect(lines.get('BD-250 steps')).toBe('expected: 3')
    expect(lines.get('error call')).toBe('boom: <&> went wrong')
  })

  it('clojure.test.junit: an exception thrown outside `is` is its `actual:` exception, not `Uncaught exception, not in assertion.`', () => {
    const lines = firstLines('clojure-test/clojure-test.xml')
    expect(lines.get('BD-265-throws-an-exception')).toBe(
      'clojure.lang.ExceptionInfo: unknown coupon: FREE'
    )
    // Inside `is`, and a plain assertion: as written.
    expect(lines.get('BD-274-error-inside-is')).toBe('expected: (= 1 (/ 1 0))')
    expect(lines.get('BD-270-output-then-fail')).toBe('cart should be empty')
    expect(lines.get('BD-261-total-is-wrong')).toBe(
      'expected: (= 8 (total [{:price 3, :qty 2} {:price 1, :qty 1}]))'
    )
  })

  it("keeps a message that starts 'in function' but is not EUnit's stack", () => {
    expect(
      only(
        '<testcase name="t"><failure message="in function checkout: total was nil">stack traceback:\n\tcart.lua:12: in function \'checkout\'</failure></testcase>'
      )
    ).toBe('in function checkout: total was nil')
  })

  it('keeps the message when the details have nothing better', () => {
    expect(
      only('<testcase name="t"><failure message="Failed"/></testcase>')
    ).toBe('Failed')
    expect(
      only(
        '<testcase name="TestX"><failure message="Failed">=== RUN   TestX&#10;--- FAIL: TestX (0.00s)</failure></testcase>'
      )
    ).toBe('Failed')
    // a short name is not looked for in the message
    expect(
      only(
        '<testcase name="ok"><failure message="expected ok">details</failure></testcase>'
      )
    ).toBe('expected ok')
    expect(
      only('<testcase name="t"><failure message=" "> </failure></testcase>')
    ).toBe('')
  })

  it('treats a message that only repeats the failure type as saying nothing', () => {
    expect(
      only(
        '<testcase name="t"><failure message="IllegalStateException" type="java.lang.IllegalStateException">java.lang.IllegalStateException: cart is empty&#10;	at Foo.t(Foo.java:3)</failure></testcase>'
      )
    ).toBe('java.lang.IllegalStateException: cart is empty')
    // The whole type too, and a message that merely differs from it stays.
    expect(
      only(
        '<testcase name="t"><failure message="java.lang.IllegalStateException" type="java.lang.IllegalStateException">cart is empty</failure></testcase>'
      )
    ).toBe('cart is empty')
    expect(
      only(
        '<testcase name="t"><failure message="IllegalStateException: cart" type="java.lang.IllegalStateException">other</failure></testcase>'
      )
    ).toBe('IllegalStateException: cart')
  })

  it('reads only the start of long details: 10,000 characters, 100 lines', () => {
    const filler = 'x'.repeat(30_000)
    expect(
      only(
        `<testcase name="t"><failure message="Failed">${filler}&#10;late.go:1: found</failure></testcase>`
      )
    ).toBe(`${'x'.repeat(10_000)}`)
    const log = (n: number) =>
      Array.from({ length: n }, (_, i) => `log line ${i}`).join('&#10;')
    expect(
      only(
        `<testcase name="t"><failure message="Failed">${log(90)}&#10;a_test.go:9: found</failure></testcase>`
      )
    ).toBe('a_test.go:9: found')
    expect(
      only(
        `<testcase name="t"><failure message="Failed">${log(150)}&#10;a_test.go:9: found</failure></testcase>`
      )
    ).toBe('log line 0')
  })

  it('takes a long message as saying something', () => {
    const name = 'test_checkout_total'
    const long = `${'word '.repeat(120)}${name}`
    expect(
      only(
        `<testcase name="${name}"><failure message="${long}">a_test.go:9: other</failure></testcase>`
      )
    ).toBe(long)
  })
})

describe("node:test's message", () => {
  it('is read with its line breaks from the details, where the reporter wrote it whole; else as written', () => {
    const said = (message: string, details: string) => {
      const [testCase] = parseSuite(
        `<testcase name="t"><failure message="${message}">${details}</failure></testcase>`
      )
      return failureText(testCase.problems[0], 't').text
    }
    const details =
      "[Error [ERR_TEST_FAILURE]: Expected values to be strictly equal:\n\n6 !== 7\n] {\n  code: 'ERR_TEST_FAILURE'"
    expect(said('Expected values to be strictly equal:6 !== 7', details)).toBe(
      'Expected values to be strictly equal:\n\n6 !== 7'
    )
    // Not the details' message (a report not known as node's, whose
    // attribute's quotes node escaped twice).
    expect(said('a &amp;quot;b', '[Error [ERR_TEST_FAILURE]: a "b] {')).toBe(
      'a &quot;b'
    )
    // An error with a stack is inspected without brackets.
    expect(
      said(
        'a:b',
        'Error [ERR_TEST_FAILURE]: a:\nb\n    at new Promise (&lt;anonymous>)'
      )
    ).toBe('a:\nb')
    expect(said('x', '[Error [ERR_TEST_FAILURE]: ')).toBe('x')
    expect(said('boom', 'Error: boom\n    at t (a.js:1:1)')).toBe('boom')
  })
})

/**
 * What cth_surefire (OTP 25) writes for the tests a crashed init_per_suite
 * or init_per_group skips: the reason wrapped in {'EXIT', …}.
 */
const GROUP_CRASH = `{tc_auto_skip,
    {failed,
        {x_SUITE,init_per_group,
            {'EXIT',
                {{badmatch,2},
                 [{x_SUITE,init_per_group,2,[{file,"x_SUITE.erl"},{line,8}]},
                  {test_server,ts_tc,3,[{file,"test_server.erl"},{line,1782}]},
                  {test_server,run_test_case_eval1,6,
                      [{file,"test_server.erl"},{line,1379}]},
                  {test_server,run_test_case_eval,9,
                      [{file,"test_server.erl"},{line,1223}]}]}}}}}`
const SUITE_CRASH = `{tc_auto_skip,
    {failed,
        {y_SUITE,init_per_suite,
            {'EXIT',
                {{badmatch,1},
                 [{y_SUITE,init_per_suite,1,[{file,"y_SUITE.erl"},{line,4}]},
                  {test_server,ts_tc,3,[{file,"test_server.erl"},{line,1782}]},
                  {test_server,run_test_case_eval1,6,
                      [{file,"test_server.erl"},{line,1379}]},
                  {test_server,run_test_case_eval,9,
                      [{file,"test_server.erl"},{line,1223}]}]}}}}}`

describe("Crystal's spec runner", () => {
  const crystal = new Map(
    fixtureTestCases('crystal-spec/crystal-spec-junit.xml').map((t) => [
      t.name,
      t
    ])
  )
  const said = (name: string) => {
    const testCase = crystal.get(name)
    if (!testCase) throw new Error(`no test ${name}`)
    return failureText(testCase.problems[0], testCase.name)
  }

  it("reads an exception raised without a message as its class (the console's `(OutOfStock)`), not its first frame", () => {
    const untold = said('Cart BD-914 raises an exception without a message')
    expect(untold).toMatchObject({ headline: 'OutOfStock', generic: true })
    expect(untold.text).toContain("spec/cart_spec.cr:71:5 in '->'")
    expect(said('Cart BD-902 raises an exception').headline).toBe(
      'no plums left'
    )
  })

  it("ends the one-line reason of expect_raises' message before the backtrace it holds, and joins an expectation's `got:`", () => {
    expect(
      summaryLine(said('Cart BD-903 expect_raises the wrong error'), 300)
    ).toBe(
      'Expected ArgumentError, got #<OutOfStock: no plums left> with backtrace:'
    )
    expect(summaryLine(said('Cart BD-901 total is wrong'), 300)).toBe(
      'Expected: 5; got: 4'
    )
  })
})

describe('erlangSkipReason (common_test)', () => {
  it("reads a user's skip, an auto-skip's string, and which configuration function failed and why", () => {
    expect(erlangSkipReason('{tc_user_skip,"not \\"ready\\""}')).toBe(
      'not "ready"'
    )
    expect(
      erlangSkipReason(
        '{tc_auto_skip,"Repeated test stopped by force_stop option"}'
      )
    ).toBe('Repeated test stopped by force_stop option')
    // An error's {Reason, Stack}: the reason.
    expect(
      erlangSkipReason(
        '{tc_auto_skip,\n    {failed,\n        {shop_SUITE,init_per_group,\n            {{badmatch,\n  3},\n             [{shop_SUITE,init_per_group,2,\n                  [{file,"shop_SUITE.erl"},{line,37}]}]}}}}'
      )
    ).toBe('init_per_group failed: {badmatch, 3}')
    // A reason without a stack: the term.
    expect(
      erlangSkipReason(
        "{tc_auto_skip,{failed,{shop_SUITE,init_per_suite,{'EXIT',timeout}}}}"
      )
    ).toBe("init_per_suite failed: {'EXIT',timeout}")
    // A crashed init_per_group or init_per_suite: {'EXIT', {Reason, Stack}}.
    expect(erlangSkipReason(GROUP_CRASH)).toBe(
      'init_per_group failed: {badmatch,2}'
    )
    expect(erlangSkipReason(SUITE_CRASH)).toBe(
      'init_per_suite failed: {badmatch,1}'
    )
    expect(
      erlangSkipReason(
        "{tc_auto_skip,{failed,{x_SUITE,init_per_group,{'EXIT',group_down}}}}"
      )
    ).toBe("init_per_group failed: {'EXIT',group_down}")
    expect(erlangSkipReason('{tc_auto_skip,{require_failed,x}}')).toBe(
      undefined
    )
    expect(erlangSkipReason('skipped: {tc_user_skip,"x"}')).toBe(undefined)
  })
})

describe('a hostile report', () => {
  it('compares lines with a megabytes-long test name once, not once per line', () => {
    const name = `BD-1 ${'a'.repeat(4_000_000)}`
    const details = Array.from({ length: 120 }, () => 'aaaaaaa').join('\n')
    const problem = {
      kind: 'failure',
      message: 'Failed',
      type: '',
      details
    } as const
    const started = performance.now()
    const { headline } = failureText(problem, name)
    // Lowercased and filtered once per line, this took seconds.
    expect(performance.now() - started).toBeLessThan(1000)
    // Every line of the details repeats the end of the name: none says
    // more than the message.
    expect(headline).toBe('Failed')
  })
})
