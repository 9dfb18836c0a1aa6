// Package checkout: parent tests with subtests.
package checkout

import "testing"

// Suite-level marker: the marker is on the parent test, subtests carry none.
func TestBD5Checkout(t *testing.T) {
	t.Run("pays", func(t *testing.T) {
		if 1999*2 != 3998 {
			t.Fatal("price math")
		}
	})
	t.Run("ships", func(t *testing.T) {})
	t.Run("gift wraps", func(t *testing.T) {
		t.Skip("gift wrapping not implemented")
	})
}

// Hyphenated markers in subtest names; go test turns spaces into underscores
// (TestCart/BD-14_user_can_pay).
func TestCart(t *testing.T) {
	t.Run("BD-14 user can pay", func(t *testing.T) {})
	t.Run("BD-15 user can remove an item", func(t *testing.T) {
		t.Errorf("cart still has 1 item\nwant: 0 items")
	})
	t.Run("BD-16 nested", func(t *testing.T) {
		t.Run("BD-17 deepest level", func(t *testing.T) {})
	})
}
