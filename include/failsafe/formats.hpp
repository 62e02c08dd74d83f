// failsafe/formats.hpp - plans in and out of the app: the JSON plan file (format
// "failsafe.plan", version 1), the analysis as JSON, and share links (#p=...).
// Every reader takes untrusted input and returns a plan or a message; none throws or aborts.
// docs/formats.md describes both formats and their limits.
#pragma once
#include <string>
#include <string_view>

#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"
#include "failsafe/result.hpp"

namespace failsafe {

inline constexpr int kPlanFormatVersion = 1;
inline constexpr size_t kMaxJsonBytes = 1 << 20;  // 1 MiB
inline constexpr int kMaxJsonDepth = 32;

// ---- JSON plan files ----------------------------------------------------------------------
std::string plan_to_json(const Plan& plan);            // pretty, stable key order
Result<Plan> plan_from_json(std::string_view text);     // errors name the line/column or path

// The analysis as `failsafe analyze --json` prints it (indexes from 0, muscle null where it
// does not apply).
std::string analysis_to_json(const Plan& plan, const Analysis& analysis);

// ---- share links ---------------------------------------------------------------------------
inline constexpr int kLinkFormatVersion = 1;
inline constexpr size_t kMaxLinkChars = 8192;  // payload characters after "#p="

// The payload for "#p=": versioned binary, base64url, with a 24-bit check value.
std::string encode_link(const Plan& plan);
// Accepts a whole URL (anything up to "#p=") or only the payload.
Result<Plan> decode_link(std::string_view link_or_payload);

}  // namespace failsafe
