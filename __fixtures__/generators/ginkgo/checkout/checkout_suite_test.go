package checkout_test

import (
	"os"
	"testing"

	. "github.com/onsi/ginkgo"
	"github.com/onsi/ginkgo/reporters"
	. "github.com/onsi/gomega"
)

func TestCheckout(t *testing.T) {
	RegisterFailHandler(Fail)
	file := os.Getenv("JUNIT_FILE")
	if file == "" {
		file = "junit.xml"
	}
	RunSpecsWithDefaultAndCustomReporters(t, "BD-190 Checkout Suite", []Reporter{reporters.NewJUnitReporter(file)})
}

// BeforeSuite fails: Ginkgo runs no spec of the suite.
var _ = BeforeSuite(func() {
	Expect(os.Getenv("PAYMENT_GATEWAY")).NotTo(BeEmpty(), "BeforeSuite: no payment gateway configured")
})

var _ = AfterSuite(func() {
	Fail("AfterSuite could not stop the gateway")
})

var _ = Describe("Checkout", func() {
	It("BD-191 pays", func() {
		Expect(1).To(Equal(1))
	})
})
