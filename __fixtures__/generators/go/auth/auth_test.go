// Package auth holds QA Sphere fixture tests (project code BD).
// Go identifiers cannot contain hyphens, so markers use the CamelCase form
// (Bd1, Bd7Bd8); subtest names may contain the hyphenated form.
package auth

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

func TestBd1UserCanLogIn(t *testing.T) {
	if strings.ToUpper("alice") != "ALICE" {
		t.Fatal("upper-casing failed")
	}
}

func TestBd2UserSeesErrorOnBadPassword(t *testing.T) {
	fmt.Println("BD-2: submitting login form with a wrong password")
	fmt.Println("BD-2: server answered 401")
	expected := "Invalid username or password"
	actual := "Something went wrong"
	if actual != expected {
		t.Errorf("login error banner mismatch\nexpected: %s\nactual:   %s", expected, actual)
	}
}

func TestBd4PasswordResetEmail(t *testing.T) {
	t.Skip("BD-4 blocked by upstream bug #123")
}

func TestBd6DiscountCode(t *testing.T) {
	known := map[string]int{"SAVE10": 10, "SAVE20": 20}
	cases := []struct {
		code    string
		percent int
	}{
		{"SAVE10", 10},
		{"SAVE20", 20},
		{"BOGUS", 99},
	}
	for _, tc := range cases {
		tc := tc
		t.Run(tc.code, func(t *testing.T) {
			if got := known[tc.code]; got != tc.percent {
				t.Errorf("discount for %s: got %d, want %d", tc.code, got, tc.percent)
			}
		})
	}
}

func TestBd7Bd8SharedFlow(t *testing.T) {
	if xs := []int{1, 2, 3}; xs[len(xs)-1] != 3 {
		t.Fatal("last element")
	}
}

func TestWithoutAnyMarker(t *testing.T) {
	if 2+2 != 4 {
		t.Fatal("math is broken")
	}
}

func TestBd9HostileMessage(t *testing.T) {
	fmt.Println(`stdout with <b>markup</b> & "quotes" and 'apostrophes'`)
	t.Error(`rendered <script>alert(1)</script> & "quotes" in the page title`)
}

func parseAmount(raw string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(raw, "$"))
	if err != nil {
		panic(fmt.Sprintf("parseAmount(%q): %v", raw, err))
	}
	return n
}

func lineTotal(price string, qty int) int { return parseAmount(price) * qty }

func orderTotal(prices []string) int {
	total := 0
	for _, p := range prices {
		total += lineTotal(p, 1)
	}
	return total
}

// A panic recovered inside the test and reported with its stack: a long,
// multi-line failure message made of nested calls.
func TestBd10OrderTotalDeepTraceback(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("order total crashed: %v\n%s", r, debug.Stack())
		}
	}()
	if got := orderTotal([]string{"$3", "$3", "3.50 USD"}); got != 9 {
		t.Errorf("total = %d, want 9", got)
	}
}
