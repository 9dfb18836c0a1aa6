#include "sku.h"
#include <gtest/gtest.h>
void ExpectValidSku(const std::string& sku) {
  EXPECT_EQ(sku.size(), 6u) << "sku " << sku << " has the wrong length";
}
