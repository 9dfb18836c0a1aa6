/* One test program; argv[1] says how this test goes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "pass";
  if (strcmp(mode, "pass") == 0) {
    printf("logging in as alice\n");
    return 0;
  }
  if (strcmp(mode, "quiet") == 0) return 0;
  if (strcmp(mode, "fail") == 0) {
    printf("cart has 3 items\n");
    fprintf(stderr, "cart total is wrong\nexpected 42, got 41\nsecond line of the message\n");
    return 1;
  }
  if (strcmp(mode, "crash") == 0) {
    printf("about to crash\n");
    fflush(stdout);
    volatile int *p = NULL;
    return *p;
  }
  if (strcmp(mode, "skip") == 0) {
    printf("feature not ready: <b>later</b> & soon\n");
    return 77; /* meson: skipped */
  }
  if (strcmp(mode, "error") == 0) {
    fprintf(stderr, "database_down: connection refused\n");
    return 99; /* meson: hard error */
  }
  if (strcmp(mode, "hang") == 0) {
    printf("waiting for the payment gateway\n");
    fflush(stdout);
    sleep(30);
    return 0;
  }
  if (strcmp(mode, "hostile") == 0) {
    printf("<b>output</b> & &amp; ]]> \033[31mred\033[0m\n");
    fprintf(stderr, "expected <img src=x onerror=alert(1)> & \"quotes\" &amp; ]]> ünïcödé 🚀\nline two <tag>\n");
    return 1;
  }
  fprintf(stderr, "unknown mode %s\n", mode);
  return 2;
}
