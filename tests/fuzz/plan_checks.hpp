// What every fuzz target asks of a decoder's answer (issue 11, "Nothing lost, nothing
// crashes"). A refusal must say why. A plan must be valid and analyzable, and both writers
// must accept it: its link and its JSON file each read back as the same plan. Any violation
// prints what went wrong and aborts, so libFuzzer keeps the input as a crash.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

#include "failsafe/formats.hpp"

namespace fuzz_checks {

[[noreturn]] inline void violated(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz check violated: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::abort();
}

// `format` names the writer ("link" or "JSON") in the message.
inline void expect_same(const failsafe::Plan& plan, const failsafe::Result<failsafe::Plan>& again, const char* format) {
    if (!again) violated(format, "a decoded plan, written and read again, is refused: " + again.error());
    if (!(*again == plan)) violated(format, "a decoded plan, written and read again, changed");
}

inline void check_decoded(const failsafe::Result<failsafe::Plan>& decoded) {
    using namespace failsafe;
    if (!decoded) {
        if (decoded.error().empty()) violated("a refusal carries no message");
        return;
    }
    const Plan& plan = *decoded;
    if (auto err = validate_plan(plan); !err.empty()) violated("a decoded plan is not valid", err);
    if (plan.block && !(plan.weeks == expand_block(plan))) violated("a decoded block's weeks are not its expansion");
    (void)analysis_to_json(plan, analyze(plan));
    expect_same(plan, decode_link(encode_link(plan)), "link");
    expect_same(plan, plan_from_json(plan_to_json(plan)), "JSON");
}

}  // namespace fuzz_checks
