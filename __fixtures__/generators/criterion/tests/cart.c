/* Criterion tests of a cart: markers BD-201..BD-230 in test names, suite
 * names and descriptions. Some tests fail ON PURPOSE. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int total(int a, int b) { return a + b; }

Test(cart, bd201_adds_item) {
    cr_assert(total(1, 2) == 3, "the total is the sum");
}

Test(cart, test_bd202_total_is_wrong) {
    cr_assert(total(1, 2) == 4, "the total is wrong: <b> & \"quoted\" 'x'\nsecond line of the message");
}

Test(cart, test_bd203_several_expects) {
    cr_expect(total(1, 1) == 3, "first expect fails");
    cr_expect(total(2, 2) == 5, "second expect fails");
    cr_expect(total(3, 3) == 6, "third expect passes");
}

Test(cart, test_bd204_assert_eq_values) {
    cr_assert_eq(total(2, 2), 5);
}

Test(cart, test_bd205_cr_fail) {
    cr_fail("gave up: %s", "no stock");
}

Test(cart, test_bd206_skipped_with_reason) {
    cr_skip_test("payment gateway is down");
}

Test(cart, test_bd207_disabled, .disabled = true) {
    cr_assert(0);
}

Test(cart, adds_coupon, .description = "BD-208 adds a coupon") {
    cr_assert(1);
}

Test(cart, test_bd209_new_assert_eq) {
    int got = total(2, 3);
    cr_assert(eq(int, got, 6));
}

Test(cart, test_bd210_strings) {
    cr_assert_str_eq("h\xc3\xa9llo <w\xc3\xb6rld>", "hello", "unicode: \xc3\xa9\xe2\x82\xac\xe2\x9c\x93");
}

Test(cart, test_bd211_output) {
    printf("to stdout: ok\n");
    fprintf(stderr, "to stderr: careful\n");
    cr_assert(1);
}

Test(cart, test_bd212_output_then_fail) {
    printf("to stdout before failing\n");
    fprintf(stderr, "to stderr before failing\n");
    cr_assert(0, "failed after output");
}

Test(cart, test_bd213_expect_then_assert) {
    cr_expect(0, "an expect fails first");
    cr_assert(0, "then the assert stops it");
}

Test(cart, test_bd214_no_message) {
    cr_assert(total(1, 1) == 3);
}
