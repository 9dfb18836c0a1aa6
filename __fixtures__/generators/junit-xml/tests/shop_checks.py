"""A shop's in-house checks, reported with the junit_xml library (Debian's
python3-junit.xml), as many in-house scripts write JUnit XML by hand: each
check runs, and its outcome is added to a TestCase. Some fail ON PURPOSE.

Usage: shop_checks.py OUT.xml [--no-prettyprint] [--encoding ENC] [--file-encoding ENC]
"""
import argparse
import sys
import time
import traceback

from junit_xml import TestCase, TestSuite, to_xml_report_file

FILE = "tests/shop_checks.py"


def total(price, quantity):
    return price * quantity


def run_check(case, check):
    """Runs a check: a failed assert is a failure, any other exception an error."""
    started = time.monotonic()
    try:
        check()
    except AssertionError as failure:
        tb = traceback.extract_tb(failure.__traceback__)[-1]
        case.line = tb.lineno
        case.add_failure_info(message=str(failure) or "assertion failed",
                              output="".join(traceback.format_exception(failure)),
                              failure_type="AssertionError")
    except Exception as error:  # noqa: BLE001
        tb = traceback.extract_tb(error.__traceback__)[-1]
        case.line = tb.lineno
        case.add_error_info(message=f"{type(error).__name__}: {error}",
                            output="".join(traceback.format_exception(error)),
                            error_type=type(error).__name__)
    case.elapsed_sec = round(time.monotonic() - started, 6)
    return case


def check_adds_item():
    assert total(2, 3) == 6


def check_total_is_wrong():
    got = total(2, 2)
    assert got == 5, f"total: expected 5, got {got}"


def check_name_escaping():
    assert "a<b" == "a&b", 'expected "a&b" <got> a<b'


def check_raises():
    raise KeyError("sku-42 is not in stock")


def suites():
    cart = TestSuite("shop.cart", timestamp="2026-01-01T00:00:00", hostname="ci")
    cases = [
        TestCase("BD-510 adds an item", classname="shop.cart", file=FILE),
        TestCase("BD-511 total is wrong", classname="shop.cart", file=FILE),
        TestCase('BD-512 <cart> & "quotes"', classname="shop.cart", file=FILE),
        TestCase("BD-513 raises", classname="shop.cart", file=FILE),
    ]
    for case, check in zip(cases, [check_adds_item, check_total_is_wrong,
                                   check_name_escaping, check_raises]):
        run_check(case, check)
    cart.test_cases.extend(cases)

    # Skipped, with and without a message.
    skipped = TestCase("BD-514 payment gateway is offline", classname="shop.cart")
    skipped.add_skipped_info(message="gateway <offline> & down", output="retry tomorrow")
    cart.test_cases.append(skipped)
    bare_skip = TestCase("BD-515 skipped without reason", classname="shop.cart")
    bare_skip.add_skipped_info()
    cart.test_cases.append(bare_skip)

    # Output, with control characters (ANSI colours, a bell, a backspace).
    output = TestCase("BD-516 prints output", classname="shop.cart",
                      stdout="\x1b[32mok\x1b[0m 2 items\x07\n", stderr="low\x08 stock\x00\n",
                      elapsed_sec=0.25)
    cart.test_cases.append(output)
    # Where the check is, as a script gives it: the line of this call.
    output_fail = TestCase("BD-517 output then fails", classname="shop.cart", file=FILE,
                           line=sys._getframe().f_lineno,
                           stdout="checking totals\n", stderr="warning: rounding\n")
    output_fail.add_failure_info(message="total \x1b[31m4\x1b[0m != 5\x0c",
                                 output="expected 5\x0b got 4")
    cart.test_cases.append(output_fail)

    checkout = TestSuite("shop.checkout", file=FILE)
    # A failure with only a message, only an output, and neither.
    message_only = TestCase("test_bd518_message_only", classname="shop.checkout")
    message_only.add_failure_info(message="coupon expired")
    output_only = TestCase("test_bd519_output_only", classname="shop.checkout")
    output_only.add_failure_info(output="coupon expired\n  at checkout line 3")
    bare = TestCase("test_bd520_bare_failure", classname="shop.checkout")
    bare.add_failure_info()
    bare_error = TestCase("test_bd521_bare_error", classname="shop.checkout")
    bare_error.add_error_info()
    # allow_multiple_subelements: several failures, an error beside them.
    several = TestCase("test_bd522_several_failures", classname="shop.checkout",
                       allow_multiple_subelements=True, file=FILE, line=77)
    several.add_failure_info(message="first: card declined", failure_type="Declined")
    several.add_failure_info(message="second: address missing", output="line 2")
    several.add_error_info(message="then: timeout", error_type="Timeout")
    # Without allow_multiple_subelements a second call joins the messages.
    joined = TestCase("test_bd523_joined_failures", classname="shop.checkout")
    joined.add_failure_info(message="first: card declined", output="out 1")
    joined.add_failure_info(message="second: address missing", output="out 2")
    # A status attribute and a failure and a skip on one case.
    fail_and_skip = TestCase("test_bd524_failed_and_skipped", classname="shop.checkout",
                             status="flaky")
    fail_and_skip.add_failure_info(message="card declined")
    fail_and_skip.add_skipped_info(message="skipped after failing")
    # Unicode, and byte strings decoded with `encoding`.
    unicode_case = TestCase("test_bd525_unicode_é€✓", classname="shop.checkout")
    unicode_case.add_failure_info(message="price in €: é ✓")
    # A marker only in the classname, and a case with no classname.
    in_class = TestCase("applies coupon", classname="shop.TestBd526Coupons")
    no_class = TestCase("BD-527 no classname")
    checkout.test_cases.extend([message_only, output_only, bare, bare_error, several,
                                joined, fail_and_skip, unicode_case, in_class, no_class])
    checkout.stdout = "suite output\x1b[0m"
    checkout.stderr = "suite errors"
    return [cart, checkout]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--no-prettyprint", action="store_true")
    parser.add_argument("--encoding", default=None)
    parser.add_argument("--file-encoding", default="utf-8")
    args = parser.parse_args()
    report = suites()
    for suite in report:
        for case in suite.test_cases:
            outcome = ("error" if case.is_error() else "failure" if case.is_failure()
                       else "skipped" if case.is_skipped() else "passed")
            print(f"{outcome}: {suite.name} :: {case.name}")
    with open(args.out, "w", encoding=args.file_encoding) as out:
        to_xml_report_file(out, report, prettyprint=not args.no_prettyprint,
                           encoding=args.encoding)


if __name__ == "__main__":
    sys.exit(main())
