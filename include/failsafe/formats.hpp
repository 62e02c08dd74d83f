// failsafe/formats.hpp - plans in and out of the app: the JSON plan file (format
// "failsafe.plan", version 2; version 1 files open too), the analysis as JSON, and share links
// (#p=..., format 2; format 1 links open too).
// Every reader takes untrusted input and returns a plan or a message; none throws or aborts.
// docs/formats.md describes both formats and their limits.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"
#include "failsafe/result.hpp"

namespace failsafe {

inline constexpr int kPlanFormatVersion = 2;
// The largest plan file read, by the CLI, the app and the page's file picker alike.
inline constexpr size_t kMaxJsonMiB = 1;
inline constexpr size_t kMaxJsonBytes = kMaxJsonMiB << 20;
inline constexpr int kMaxJsonDepth = 32;
// Bounds on the work a file may ask for, checked before any document is built. The largest
// valid plan (16 weeks x 7 days x 24 slots, 64 custom exercises) has 16 fields in its largest
// object and fewer than kMaxJsonTokens values (formats_test.cpp reads it).
inline constexpr size_t kMaxJsonKeys = 64;         // fields in one object
inline constexpr size_t kMaxJsonTokens = 100'000;  // values, keys, objects and arrays

// ---- JSON plan files ----------------------------------------------------------------------
std::string plan_to_json(const Plan& plan);            // pretty, stable key order
Result<Plan> plan_from_json(std::string_view text);     // errors name the line/column or path

// The analysis as `failsafe analyze --json` prints it (indexes from 0, muscle null where it
// does not apply).
std::string analysis_to_json(const Plan& plan, const Analysis& analysis);

// ---- share links ---------------------------------------------------------------------------
inline constexpr int kLinkFormatVersion = 2;
// Payload characters after "#p=": the largest valid plan (every limit in plan.hpp at its maximum,
// no two days alike, every week a deload keeping the days it replaced) encodes to 107,776
// characters, the largest block (every place of 16 weeks overridden) to 101,832
// (formats_test.cpp builds both), so every link the encoder makes for a valid plan opens.
inline constexpr size_t kMaxLinkChars = 112 * 1024;

// The payload for "#p=": versioned binary, base64url, with a 24-bit check value. `plan` must be
// valid (validate_plan); the result is then at most kMaxLinkChars and decode_link opens it.
std::string encode_link(const Plan& plan);
// Accepts a whole URL (anything up to "#p=") or only the payload.
Result<Plan> decode_link(std::string_view link_or_payload);
// The payload of a link body (version byte first, as src/core/link.cpp lays it out): the check
// value appended, then base64url. encode_link ends with it; tests craft links with it.
std::string seal_link_body(std::vector<uint8_t> body);

}  // namespace failsafe
