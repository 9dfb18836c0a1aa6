/* Some tests fail ON PURPOSE: this project produces the CUnit fixtures.
 * Usage: cart_test [--basic] [--cunit-xml] [--passing] [--package NAME]
 *                  [--init-fails] [--inactive] [--hostile] [OUTPUT_ROOT]
 *   --basic       run through the Basic interface (console counts), no XML
 *   --cunit-xml   the Automated interface's own XML (JUnit output not enabled)
 *   --passing     leave out the tests that fail (see generate.sh: CUnit 2.1-3
 *                 aborts at the first failed test when writing JUnit XML)
 *   --package     CU_automated_package_name_set(NAME)
 *   --init-fails  add a suite whose init function fails
 *   --inactive    add a test and a suite made inactive (CU_set_*_active)
 *   --hostile     add a test whose name holds < & "
 *   OUTPUT_ROOT   CU_set_output_filename(OUTPUT_ROOT) (default: CUnitAutomated)
 */
#include <stdio.h>
#include <string.h>
#include <CUnit/Automated.h>
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

static int total(int price, int qty) { return price * qty; }

static void bd350_adds_item(void) { CU_ASSERT_EQUAL(total(2, 3), 6); }

static void test_bd351_total_is_wrong(void) { CU_ASSERT(total(2, 2) == 5); }

static void test_bd352_assert_equal(void) { CU_ASSERT_EQUAL(total(2, 2), 5); }

static void test_bd353_string_equal(void) {
  CU_ASSERT_STRING_EQUAL("cart <a> & \"b\" 'c'", "cart");
}

static void test_bd354_two_asserts(void) {
  CU_ASSERT_EQUAL(total(1, 1), 3);
  CU_ASSERT_EQUAL(total(2, 2), 5);
}

static void test_bd355_fatal(void) {
  CU_ASSERT_FATAL(total(0, 5) != 0);
  CU_ASSERT_EQUAL(total(1, 1), 7); /* not reached */
}

static void test_bd356_cu_fail(void) { CU_FAIL("gave up: no stock"); }

static void test_bd357_output(void) {
  printf("cart has 2 items\n");
  fprintf(stderr, "warning: coupon expired\n");
  CU_ASSERT_EQUAL(total(1, 2), 2);
}

static void test_bd358_output_then_fail(void) {
  printf("checking out\n");
  CU_ASSERT_EQUAL(total(3, 3), 10);
}

static void test_bd359_unicode(void) { CU_FAIL("unicode: é€✓"); }

static void test_bd360_fail_fatal(void) {
  CU_FAIL_FATAL("payment service down");
}

static void test_bd361_passes(void) { CU_PASS("all good"); CU_ASSERT_TRUE(1); }

static void test_bd368_discount(void) { CU_ASSERT_DOUBLE_EQUAL(0.9 * 10, 9.0, 0.001); }

/* CUnit's test names are strings: a marker can be written as it is. */
static void adds_coupon(void) { CU_ASSERT_STRING_EQUAL("SAVE10", "SAVE10"); }

static void test_bd370_cart_exists(void) {
  static int cart[2];
  CU_ASSERT_PTR_NOT_NULL(cart);
}

/* --hostile: a name with < & " (CUnit writes test names unescaped) */
static void hostile_name(void) { CU_ASSERT_TRUE(1); }

/* checkout suite: the suite's name carries the marker */
static void applies_to_all(void) { CU_ASSERT_TRUE(1); }
static void fails_too(void) { CU_ASSERT_PTR_NOT_NULL(NULL); }

/* a suite whose init fails */
static int init_fails(void) { return 1; }
static void test_bd363_never_runs(void) { CU_ASSERT_TRUE(1); }
static void test_bd364_never_runs_either(void) { CU_ASSERT_TRUE(1); }

/* a suite whose cleanup fails */
static int cleanup_fails(void) { return 1; }
static void test_bd365_before_bad_cleanup(void) { CU_ASSERT_TRUE(1); }

/* inactive tests and suite */
static void test_bd366_inactive(void) { CU_FAIL("should not run"); }
static void test_bd367_in_inactive_suite(void) { CU_FAIL("should not run"); }

static int passing = 0;

/* A test that fails on purpose is left out with --passing. */
static CU_pTest add(CU_pSuite suite, const char *name, CU_TestFunc fn, int fails) {
  return fails && passing ? NULL : CU_add_test(suite, name, fn);
}

int main(int argc, char **argv) {
  int basic = 0, cunit_xml = 0, init_fail = 0, inactive = 0, hostile = 0;
  const char *package = NULL, *root = "CUnitAutomated";
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--basic")) basic = 1;
    else if (!strcmp(argv[i], "--cunit-xml")) cunit_xml = 1;
    else if (!strcmp(argv[i], "--passing")) passing = 1;
    else if (!strcmp(argv[i], "--package") && i + 1 < argc) package = argv[++i];
    else if (!strcmp(argv[i], "--init-fails")) init_fail = 1;
    else if (!strcmp(argv[i], "--inactive")) inactive = 1;
    else if (!strcmp(argv[i], "--hostile")) hostile = 1;
    else root = argv[i];
  }
  if (CU_initialize_registry() != CUE_SUCCESS) return CU_get_error();

  CU_pSuite cart = CU_add_suite("cart", NULL, NULL);
  add(cart, "bd350_adds_item", bd350_adds_item, 0);
  add(cart, "test_bd351_total_is_wrong", test_bd351_total_is_wrong, 1);
  add(cart, "test_bd352_assert_equal", test_bd352_assert_equal, 1);
  add(cart, "test_bd353_string_equal", test_bd353_string_equal, 1);
  add(cart, "test_bd354_two_asserts", test_bd354_two_asserts, 1);
  add(cart, "test_bd355_fatal", test_bd355_fatal, 1);
  add(cart, "test_bd356_cu_fail", test_bd356_cu_fail, 1);
  add(cart, "test_bd357_output", test_bd357_output, 0);
  add(cart, "test_bd358_output_then_fail", test_bd358_output_then_fail, 1);
  add(cart, "test_bd359_unicode", test_bd359_unicode, 1);
  add(cart, "test_bd360_fail_fatal", test_bd360_fail_fatal, 1);
  add(cart, "test_bd361_passes", test_bd361_passes, 0);
  add(cart, "test_bd368_discount", test_bd368_discount, 0);
  add(cart, "BD-369 adds a coupon", adds_coupon, 0);
  add(cart, "test_bd370_cart_exists", test_bd370_cart_exists, 0);
  if (hostile) add(cart, "BD-371 total < 10 & \"free\"", hostile_name, 0);

  CU_pSuite checkout = CU_add_suite("test_bd362_checkout", NULL, NULL);
  add(checkout, "applies_to_all", applies_to_all, 0);
  add(checkout, "fails_too", fails_too, 1);

  CU_pSuite cleanup = CU_add_suite("cleanup_fails", NULL, cleanup_fails);
  add(cleanup, "test_bd365_before_bad_cleanup", test_bd365_before_bad_cleanup, 0);

  if (init_fail) {
    CU_pSuite broken = CU_add_suite("broken_init", init_fails, NULL);
    add(broken, "test_bd363_never_runs", test_bd363_never_runs, 0);
    add(broken, "test_bd364_never_runs_either", test_bd364_never_runs_either, 0);
  }
  if (inactive) {
    CU_pTest t = add(cart, "test_bd366_inactive", test_bd366_inactive, 0);
    CU_set_test_active(t, CU_FALSE);
    CU_pSuite off = CU_add_suite("inactive_suite", NULL, NULL);
    add(off, "test_bd367_in_inactive_suite", test_bd367_in_inactive_suite, 0);
    CU_set_suite_active(off, CU_FALSE);
  }

  if (basic) {
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
  } else {
    CU_set_output_filename(root);
    if (!cunit_xml) CU_automated_enable_junit_xml(CU_TRUE);
    if (package) CU_automated_package_name_set(package);
    CU_list_tests_to_file();
    CU_automated_run_tests();
  }
  unsigned failures = CU_get_number_of_failures();
  CU_cleanup_registry();
  return failures ? 1 : 0;
}
