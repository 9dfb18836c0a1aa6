// Package count: run with go test -count=2. STATE_DIR counts runs so that a
// test can behave differently in its first and second run.
package count

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func run(t *testing.T, name string) int {
	path := filepath.Join(os.Getenv("STATE_DIR"), name)
	n := 0
	if b, err := os.ReadFile(path); err == nil {
		n, _ = strconv.Atoi(string(b))
	}
	n++
	os.WriteFile(path, []byte(strconv.Itoa(n)), 0o644)
	return n
}

// Passes in the first run, fails in the second: go test says FAIL.
func TestBd140PassesThenFails(t *testing.T) {
	if run(t, "bd140") == 2 {
		t.Error("broke on the second run")
	}
}

func TestBd141AlwaysPasses(t *testing.T) {}

func TestCart(t *testing.T) {
	t.Run("BD-142 skipped sub", func(t *testing.T) { t.Skip("not ready") })
	t.Run("BD-143 second run fails", func(t *testing.T) {
		if run(t, "bd143") == 2 {
			t.Error("sub broke on the second run")
		}
	})
}
