#!/usr/bin/env bash
# Regenerates __fixtures__/reports/phpunit/*.xml with PHPUnit's --log-junit.
# The tests are meant to fail; PHPUnit's exit code is ignored.
# Needs the Debian package: phpunit (pulls in php-cli).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/reports/phpunit"

if ! command -v phpunit >/dev/null 2>&1; then
  echo "error: 'phpunit' not found; install it with: apt-get install -y phpunit" >&2
  exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
cd "$HERE"

echo "== $(phpunit --version | head -n1); $(php -r 'echo "PHP ", PHP_VERSION;')"

# 1. Through phpunit.xml: two <testsuite>s (bd-fixtures: two directories + one
#    file; smoke: one directory) => deeply nested <testsuite> elements.
phpunit --configuration phpunit.xml --log-junit "$TMP/phpunit-nested.xml" || true

# 2. A single test class, no configuration file: the class is the top suite.
phpunit --no-configuration --do-not-cache-result \
  --log-junit "$TMP/phpunit-single-class.xml" tests/Auth/AuthTest.php || true

# 3. Warnings (PHPUnit exits 0 for them): a test's own addWarning, a
#    deprecated assertion, a @depends target that does not exist (the test
#    never runs), and a failure after a warning.
phpunit --no-configuration --do-not-cache-result \
  --log-junit "$TMP/phpunit-warnings.xml" tests/Warnings/WarningsTest.php || true

# 4. Risky tests (PHPUnit exits 0 for them unless --fail-on-risky): one that
#    asserts nothing, one that prints (--disallow-test-output), a @todo
#    (--disallow-todo-tests), beside a failure and a pass.
phpunit --no-configuration --do-not-cache-result \
  --disallow-test-output --disallow-todo-tests \
  --log-junit "$TMP/phpunit-risky.xml" tests/Risky/RiskyTest.php || true

# 5. --process-isolation: a fatal error (memory exhausted) ends the test's own
#    process, and PHPUnit writes it as an error.
phpunit --no-configuration --do-not-cache-result --process-isolation \
  --log-junit "$TMP/phpunit-process-isolation.xml" \
  tests/Isolated/IsolatedTest.php || true

cp "$TMP/phpunit-nested.xml" "$TMP/phpunit-single-class.xml" \
  "$TMP/phpunit-warnings.xml" "$TMP/phpunit-risky.xml" \
  "$TMP/phpunit-process-isolation.xml" "$OUT/"
echo "wrote:"; ls -1 "$OUT"/*.xml
