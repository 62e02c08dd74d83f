// libFuzzer target: the JSON plan reader. plan_checks.hpp says what a plan that reads must
// survive.
#include <cstdint>
#include <string_view>

#include "plan_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz_checks::check_decoded(failsafe::plan_from_json(std::string_view(reinterpret_cast<const char*>(data), size)));
    return 0;
}
