/* Criterion tests that crash, signal, exit, time out. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdlib.h>

Test(crash, test_bd215_segfaults) {
    int *volatile p = NULL;
    *p = 42;
}

Test(crash, test_bd216_expected_signal, .signal = SIGSEGV) {
    int *volatile p = NULL;
    *p = 42;
}

Test(crash, test_bd217_expected_signal_missing, .signal = SIGSEGV) {
    cr_assert(1);
}

Test(crash, test_bd218_exit_code_expected, .exit_code = 3) {
    exit(3);
}

Test(crash, test_bd219_exit_code_wrong, .exit_code = 3) {
    exit(5);
}

Test(crash, test_bd220_exits_unexpectedly) {
    exit(1);
}

Test(crash, test_bd221_times_out, .timeout = 0.2) {
    for (;;) {
    }
}

Test(crash, test_bd222_aborts) {
    abort();
}
