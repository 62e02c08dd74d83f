// libFuzzer target: the JSON plan reader. Any input must give a plan or a message; a plan that
// reads must be valid, analyzable, and survive write -> read unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "failsafe/formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace failsafe;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto plan = plan_from_json(input);
    if (!plan) {
        if (plan.error().empty()) std::abort();
        return 0;
    }
    if (!validate_plan(*plan).empty()) std::abort();
    (void)analysis_to_json(*plan, analyze(*plan));
    auto again = plan_from_json(plan_to_json(*plan));
    if (!again || !(*again == *plan)) std::abort();
    return 0;
}
