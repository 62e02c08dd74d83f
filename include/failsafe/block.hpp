// failsafe/block.hpp - a training block: one designed week that progresses across the weeks
// (reps in reserve coming down, sets going up, failure only in chosen weeks) and ends in a deload
// derived from the build. The plan's weeks are the block expanded; edits reach the right weeks.
// docs/model.md ("Blocks") gives the rules and their sources.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "failsafe/muscles.hpp"

namespace failsafe {

struct Plan;
struct Slot;
struct Week;

struct Progression {
    // The block's target reps in reserve, one per week (the deload's included): a slot's RIR in a
    // week is the higher of this and the slot's own RIR, which is how close to failure the
    // exercise ever goes. 3-2-1-0 brings the effort up over four weeks.
    std::vector<uint8_t> rir;
    uint16_t failure_weeks = 0;  // bit per week in which slots keep their failure sets and techniques
    uint8_t sets_step = 0;       // sets added each week to slots that train a growing muscle directly
    uint32_t grow = 0;           // bit per muscle whose slots grow (capped by the muscle's band)
    bool deload = true;          // the last week is a deload derived from the week before it
    bool operator==(const Progression&) const = default;

    int weeks() const { return static_cast<int>(rir.size()); }
    int build_weeks() const { return weeks() - (deload ? 1 : 0); }
    bool failure_in(int week) const { return week >= 0 && week < 16 && ((failure_weeks >> week) & 1u) != 0; }
};

inline constexpr int kMaxSetsStep = 2;

// A default progression of `weeks` weeks (2-16): RIR coming down to 0 over the build, failure in
// the last build week, no set growth, a final deload.
Progression default_progression(int weeks);

// What is wrong with a progression ("a block has 2 to 16 weeks"); empty when it is valid.
std::string progression_problem(const Progression& p);

struct Block;
struct SlotOverride;

// What is wrong with one override of `plan`'s block: a week the block does not have, a place
// its base week does not have, or a slot out of range. Empty when it is valid.
std::string override_problem(const Plan& plan, const SlotOverride& o);

// What is wrong with `plan`'s block (the progression, the base week, the overrides and their
// order: by week, day and slot, at most one per place); empty when it is valid. The formats'
// readers and validate_plan go by it, and expand_block may run only on a block it accepts.
std::string block_problem(const Plan& plan);

// The block's weeks: `base` progressed by `progression`, then each week's overrides.
// `plan` gives the exercises and budgets (sets stop growing at the top of a muscle's band).
std::vector<Week> expand_block(const Plan& plan);

// Makes `w` a deload: half the sets (rounded up), RIR 3 or more, no failure sets or techniques.
void make_deload(Week& w);

// Puts an override in its place (overrides are kept in order of week, day and slot). A place
// that has one already is replaced when `replace`, else refused (returns false).
bool put_override(Block& b, const SlotOverride& o, bool replace);

// Which weeks an edit of one slot reaches.
enum class EditScope : uint8_t { this_week, following_weeks, all_weeks };

// `target` (a block's base slot, a week's own value) after the change an edit made to a slot that
// read `before` and now reads `after`: sets move by the difference (the progression adds its own),
// every other field that changed takes its new value, the rest stay.
Slot with_change(const Slot& target, const Slot& before, const Slot& after);

}  // namespace failsafe
