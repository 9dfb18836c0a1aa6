/* Some tests fail ON PURPOSE: this project produces the cmocka JUnit fixture. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

static int add(int a, int b) { return a + b; }

static void bd1_user_can_log_in(void **state) {
  (void)state;
  assert_string_equal("welcome alice", "welcome alice");
}

static void bd2_cart_total_is_wrong(void **state) {
  (void)state;
  print_message("cart has 2 items\n");
  assert_int_equal(add(2, 2), 5);
}

static void bd3_crashes(void **state) {
  (void)state;
  raise(SIGSEGV);
}

static void bd4_skipped(void **state) {
  (void)state;
  skip();
}

static void bd7_bd8_shared_flow(void **state) {
  (void)state;
  assert_true(1);
}

static void helper_works(void **state) {
  (void)state;
  assert_int_equal(add(1, 2), 3);
}

static void bd9_hostile(void **state) {
  (void)state;
  fail_msg("message: <img src=x onerror=alert(1)> & \"quotes\" ]]> end");
}

static void bd10_two_checks(void **state) {
  (void)state;
  assert_int_equal(add(1, 1), 3);
  assert_int_equal(add(2, 2), 5);
}

/* Parametrized: one function, a case per state. */
static void bd6_adds(void **state) {
  const int *row = *state;
  assert_int_equal(add(row[0], row[0]), row[1]);
}

static int broken_setup(void **state) {
  (void)state;
  print_error("database is down\n");
  return -1;
}

static void bd11_never_runs(void **state) {
  (void)state;
  assert_true(1);
}

static void applies_coupon(void **state) {
  (void)state;
  assert_int_equal(add(10, -1), 9);
}

static void computes_shipping(void **state) {
  (void)state;
  assert_int_equal(add(3, 4), 8);
}

static void test_bd12_user_logs_out(void **state) {
  (void)state;
  assert_true(1);
}

static int broken_group_setup(void **state) {
  (void)state;
  return -1;
}

static int row_1[] = {1, 2};
static int row_2[] = {2, 4};
static int row_3[] = {3, 7};

int main(void) {
  /* A CMUnitTest's name is any string: the titles carry the markers. */
  const struct CMUnitTest cart[] = {
      {"BD-1 user can log in", bd1_user_can_log_in, NULL, NULL, NULL},
      {"[BD-2] cart total is wrong", bd2_cart_total_is_wrong, NULL, NULL, NULL},
      {"BD-3: crashes with an error", bd3_crashes, NULL, NULL, NULL},
      {"BD-4 skipped feature", bd4_skipped, NULL, NULL, NULL},
      {"BD-7 BD-8 shared flow", bd7_bd8_shared_flow, NULL, NULL, NULL},
      {"helper works", helper_works, NULL, NULL, NULL},
      {"BD-10 two failed checks", bd10_two_checks, NULL, NULL, NULL},
      {"BD-6 adds 1 + 1 = 2", bd6_adds, NULL, NULL, row_1},
      {"BD-6 adds 2 + 2 = 4", bd6_adds, NULL, NULL, row_2},
      {"BD-6 adds 3 + 3 = 7", bd6_adds, NULL, NULL, row_3},
      {"BD-11 setup fails", bd11_never_runs, broken_setup, NULL, NULL},
      /* cmocka_unit_test() names a test by its function. */
      cmocka_unit_test(test_bd12_user_logs_out),
  };
  const struct CMUnitTest checkout[] = {
      cmocka_unit_test(applies_coupon),
      cmocka_unit_test(computes_shipping),
  };
  /* cmocka 1.1.5 writes names unescaped: its own group, its own file. */
  const struct CMUnitTest hostile[] = {
      {"BD-9 renders <script>alert(1)</script> & \"quotes\"", bd9_hostile, NULL, NULL, NULL},
      {"BD-14 after the hostile name", helper_works, NULL, NULL, NULL},
  };
  /* A failing group setup: none of the group's tests run. */
  const struct CMUnitTest broken[] = {
      {"BD-13 group setup fails", bd11_never_runs, NULL, NULL, NULL},
  };
  int failed = 0;
  failed += cmocka_run_group_tests_name("cart", cart, NULL, NULL);
  failed += cmocka_run_group_tests_name("BD-5 checkout", checkout, NULL, NULL);
  failed += cmocka_run_group_tests_name("hostile", hostile, NULL, NULL);
  failed += cmocka_run_group_tests_name("broken group", broken, broken_group_setup, NULL);
  return failed;
}
