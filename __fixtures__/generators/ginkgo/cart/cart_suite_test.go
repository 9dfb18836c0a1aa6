package cart_test

import (
	"os"
	"testing"

	. "github.com/onsi/ginkgo"
	"github.com/onsi/ginkgo/config"
	"github.com/onsi/ginkgo/reporters"
	. "github.com/onsi/gomega"
)

// JUNIT_FILE names the report; with -nodes=N each node writes its own
// (JUNIT_FILE with the node's number: junit_1.xml, junit_2.xml).
func TestCart(t *testing.T) {
	RegisterFailHandler(Fail)
	file := os.Getenv("JUNIT_FILE")
	if file == "" {
		file = "junit.xml"
	}
	if config.GinkgoConfig.ParallelTotal > 1 {
		file = file[:len(file)-len(".xml")] + "_" + string(rune('0'+config.GinkgoConfig.ParallelNode)) + ".xml"
	}
	RunSpecsWithDefaultAndCustomReporters(t, "Cart Suite", []Reporter{reporters.NewJUnitReporter(file)})
}
