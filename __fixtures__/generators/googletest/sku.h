#pragma once
#include <string>
// A helper in a file of its own: its EXPECT fails here, not in the test.
void ExpectValidSku(const std::string& sku);
