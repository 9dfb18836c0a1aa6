package cart_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	. "github.com/onsi/ginkgo"
	. "github.com/onsi/ginkgo/extensions/table"
	. "github.com/onsi/gomega"
)

func total(prices ...int) int {
	sum := 0
	for _, p := range prices {
		sum += p
	}
	return sum
}

var _ = Describe("Cart", func() {
	It("BD-161 adds an item", func() {
		Expect(total(2, 3)).To(Equal(5))
	})

	It("[BD-162] computes the total", func() {
		By("adding two items")
		fmt.Fprintln(GinkgoWriter, "cart holds 2 items")
		Expect(total(2, 2)).To(Equal(5))
	})

	It("BD-163: compares long texts", func() {
		Expect("line one\nline two").To(Equal("line one\nline 2"), "receipt differs")
	})

	It("BD-164 fails with a message <b> & \"quotes\" 'x' – Grüße ✓", func() {
		Fail("payment declined: <card> & \"code\" 'x' – Grüße ✓\nsecond line")
	})

	It("BD-165 panics", func() {
		var m map[string]int
		m["x"] = 1
	})

	It("BD-166 returns an error", func() {
		err := errors.New("database gone away")
		Expect(err).NotTo(HaveOccurred())
	})

	PIt("BD-167 pending with PIt")

	XIt("BD-168 pending with XIt", func() {})

	It("BD-169 skips itself", func() {
		Skip("not on this platform <linux> & \"ci\"")
	})

	It("BD-170 consistent eventually", func() {
		n := 0
		Eventually(func() int { return n }, "50ms", "10ms").Should(Equal(1))
	})

	Context("checkout", func() {
		BeforeEach(func() {
			fmt.Fprintln(GinkgoWriter, "preparing checkout")
		})

		It("BD-171 pays by card", func() {
			Expect(true).To(BeTrue())
		})

		Context("with a coupon [BD-172]", func() {
			It("applies 10%", func() {
				Expect(total(90)).To(BeNumerically("==", 90))
			})

			It("refuses an expired coupon", func() {
				Expect(total(100)).To(BeNumerically("<", 90))
			})
		})
	})

	Describe("BD-173 before each fails", func() {
		BeforeEach(func() {
			Expect("db").To(Equal("up"), "BeforeEach could not connect")
		})

		It("never gets here", func() {})
	})

	Describe("BD-174 after each fails", func() {
		AfterEach(func() {
			Fail("AfterEach could not clean up")
		})

		It("passes before its AfterEach", func() {
			Expect(1).To(Equal(1))
		})
	})

	DescribeTable("discounts",
		func(items, expected int) {
			Expect(items * 10).To(Equal(expected))
		},
		Entry("BD-175 empty cart", 0, 0),
		Entry("BD-176 one item", 1, 10),
		Entry("BD-177 bulk <10> & \"more\"", 10, 50),
		PEntry("BD-178 pending entry", 2, 20),
	)

	It("BD-179 fails once, then passes", func() {
		// -flakeAttempts=2: the first attempt fails, the second passes.
		marker := filepath.Join(os.Getenv("FLAKY_STATE_DIR"), "bd179")
		if _, err := os.Stat(marker); os.IsNotExist(err) {
			os.WriteFile(marker, []byte("1"), 0o644)
			Fail("first attempt fails")
		}
	})

	It("BD-180 fails on every attempt", func() {
		Expect(total(1)).To(Equal(2))
	})

	Measure("BD-181 measures the total", func(b Benchmarker) {
		b.Time("total", func() { total(1, 2, 3) })
	}, 3)
})
