// libFuzzer target: the share-link decoder. Any input must give a plan or a message; a plan
// that decodes must be valid, analyzable, and survive encode -> decode unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "failsafe/formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace failsafe;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto plan = decode_link(input);
    if (!plan) {
        if (plan.error().empty()) std::abort();  // a refusal always says why
        return 0;
    }
    if (!validate_plan(*plan).empty()) std::abort();
    (void)analyze(*plan);
    auto again = decode_link(encode_link(*plan));
    if (!again || !(*again == *plan)) std::abort();
    return 0;
}
