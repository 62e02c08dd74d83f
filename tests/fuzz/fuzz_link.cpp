// libFuzzer target: the share-link decoder fed raw text (a URL or a payload). Most inputs fail
// the check value; fuzz_link_sealed reaches the body decoder. plan_checks.hpp says what a
// decoded plan must survive.
#include <cstdint>
#include <string_view>

#include "plan_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz_checks::check_decoded(failsafe::decode_link(std::string_view(reinterpret_cast<const char*>(data), size)));
    return 0;
}
