// libFuzzer target: the gym log reader. A refusal must say why; a log that reads must be valid,
// read back unchanged from its own file, and be analyzed (findings and their words included)
// against a template block without a fault.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "failsafe/log_analysis.hpp"
#include "failsafe/templates.hpp"
#include "plan_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace failsafe;
    const auto log = log_from_json(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!log) {
        if (log.error().empty()) fuzz_checks::violated("a refusal carries no message");
        return 0;
    }
    if (auto err = validate_log(*log); !err.empty()) fuzz_checks::violated("a read log is not valid", err);
    const auto again = log_from_json(log_to_json(*log));
    if (!again) fuzz_checks::violated("a read log, written and read again, is refused", again.error());
    if (!(*again == *log)) fuzz_checks::violated("a read log, written and read again, changed");
    static const Plan plan = templates().front().plan;
    static const Analysis analysis = analyze(plan);
    const LogAnalysis la = analyze_log(plan, analysis, *log);
    (void)log_analysis_to_json(plan, analysis, la);
    (void)log_history(plan, analysis, *log);
    return 0;
}
