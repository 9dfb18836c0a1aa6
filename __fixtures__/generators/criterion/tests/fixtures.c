/* Criterion fixtures (.init/.fini) that fail, parameterized tests and theories. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <criterion/theories.h>
#include <stdio.h>

static void setup_fails(void) { cr_assert_fail("setup could not open the db"); }
static void setup_crashes(void) {
    int *volatile p = NULL;
    *p = 1;
}
static void teardown_fails(void) { cr_assert(0, "teardown could not close the db"); }
static void setup_ok(void) {}

Test(fixtures, test_bd223_init_fails, .init = setup_fails) {
    cr_assert(1);
}

Test(fixtures, test_bd224_fini_fails, .fini = teardown_fails) {
    cr_assert(1);
}

Test(fixtures, test_bd225_init_crashes, .init = setup_crashes) {
    cr_assert(1);
}

Test(fixtures, test_bd226_init_ok, .init = setup_ok, .fini = setup_ok) {
    cr_assert(1);
}

ParameterizedTestParameters(params, test_bd227_quantities) {
    static int quantities[] = {1, 2, 3, 4};
    return cr_make_param_array(int, quantities, sizeof(quantities) / sizeof(int));
}

ParameterizedTest(int *quantity, params, test_bd227_quantities) {
    cr_assert(*quantity % 2 == 1, "quantity %d is even", *quantity);
}

TheoryDataPoints(theory, test_bd228_commutes) = {
    DataPoints(int, 1, 2, -3),
    DataPoints(int, 4, 0),
};

Theory((int a, int b), theory, test_bd228_commutes) {
    cr_assume(b != 0);
    cr_assert(a + b == b + a);
}

TheoryDataPoints(theory, test_bd229_divides) = {
    DataPoints(int, 6, 7),
    DataPoints(int, 2, 3),
};

Theory((int a, int b), theory, test_bd229_divides) {
    cr_assert(a % b == 0, "%d is not divisible by %d", a, b);
}

TestSuite(test_bd230_checkout, .description = "a suite whose name is marked");

Test(test_bd230_checkout, applies_to_all) {
    cr_assert(1);
}

Test(test_bd230_checkout, fails_too) {
    cr_assert(0, "suite-marked test fails");
}
