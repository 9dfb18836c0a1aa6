// Tiny NUnit 2 project for the not-junit fixtures (NUnit 2.6's own
// TestResult.xml). One test fails ON PURPOSE.
using NUnit.Framework;

namespace Demo
{
    [TestFixture]
    public class CartTest
    {
        [Test, Description("BD-901 adds items")]
        public void Bd901AddsItems() { Assert.AreEqual(2, 1 + 1); }

        [Test, Description("BD-902 cart total is wrong")]
        public void Bd902TotalIsWrong() { Assert.AreEqual(5, 2 + 2, "total"); }

        [Test, Description("BD-903 empty cart")]
        public void Bd903EmptyCart() { Assert.IsEmpty(new System.Collections.Generic.List<string>()); }
    }
}
