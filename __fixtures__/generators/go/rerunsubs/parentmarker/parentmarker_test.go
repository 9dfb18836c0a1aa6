package parentmarker

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func attempt(name string) int {
	path := filepath.Join(os.Getenv("STATE_DIR"), name)
	n := 0
	if b, err := os.ReadFile(path); err == nil {
		n, _ = strconv.Atoi(string(b))
	}
	n++
	os.WriteFile(path, []byte(strconv.Itoa(n)), 0o644)
	return n
}

// Marker at the end of the parent's name; one subtest is flaky, one always fails.
func TestCheckoutBd160(t *testing.T) {
	t.Run("card", func(t *testing.T) {
		if attempt("card") == 1 {
			t.Error("card gateway timed out")
		}
	})
	t.Run("voucher", func(t *testing.T) { t.Error("voucher always rejected") })
}

// Same with the marker at the start: every subtest carries it.
func TestBd161Checkout(t *testing.T) {
	t.Run("card", func(t *testing.T) {
		if attempt("card161") == 1 {
			t.Error("card gateway timed out")
		}
	})
	t.Run("voucher", func(t *testing.T) { t.Error("voucher always rejected") })
}
