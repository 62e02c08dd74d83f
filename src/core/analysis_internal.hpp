// src/core/analysis_internal.hpp - what the counting pass hands to the coaching checks.
#pragma once
#include <array>
#include <vector>

#include "failsafe/analysis.hpp"

namespace failsafe::detail {

// An exercise's muscles as a short list (at most 4), resolved once per analysis.
struct Worked {
    const Exercise* exercise = nullptr;
    int count = 0;
    std::array<uint8_t, kMaxMusclesPerExercise> muscle{};
    std::array<float, kMaxMusclesPerExercise> weight{};
    uint32_t primary = 0;  // bit per muscle worked directly (weight >= 1)
};

// A slot resolved against the plan's exercises.
struct SlotInfo {
    SlotPos at;
    const Slot* slot = nullptr;
    const Worked* worked = nullptr;
    int failures = 0;           // slot->failure_count()
    float local_effort = 0;     // summed cost of its sets, technique included, for the muscles
    float systemic_effort = 0;  // and for the nervous system
    float hard = 0;             // hard sets, the technique's extra sets included
    float stimulus = 0;         // the same sets graded (model::stimulus)

    const Exercise& exercise() const { return *worked->exercise; }
    uint32_t primary() const { return worked->primary; }
};

struct Context {
    const Plan& plan;
    std::vector<SlotInfo> slots;  // every slot, in time order
    Analysis& out;
};

void run_checks(Context& ctx);

}  // namespace failsafe::detail
