// failsafe/actions.hpp - every edit to a plan, as data, applied by one pure function.
// The UI, undo/redo, the coaching checks' fixes and the tests all go through apply().
#pragma once
#include <string>
#include <variant>

#include "failsafe/plan.hpp"
#include "failsafe/result.hpp"

namespace failsafe {

struct SlotPos {
    int week = 0, day = 0, index = 0;
    bool operator==(const SlotPos&) const = default;
};

namespace act {
struct AddSlot { SlotPos at; Slot slot; };              // inserts before at.index (== size appends)
struct RemoveSlot { SlotPos at; };
struct MoveSlot { SlotPos from; SlotPos to; };          // to.index is counted after removal
// In a block, `scope` says which weeks the edit reaches (all: the block's base; otherwise the
// weeks' own overrides). A plan without a block edits the one week.
struct EditSlot { SlotPos at; Slot slot; EditScope scope = EditScope::this_week; };
struct CopyDay { int from_week, from_day, to_week, to_day; };  // replaces the target day
struct ClearDay { int week, day; };
struct AddWeek { int index; };                          // empty build week
struct CopyWeek { int from; int to_index; };            // inserts a copy at to_index
struct RemoveWeek { int index; };
struct SetDeload { int week; bool on; };                // on: halves sets, RIR >= 3, no failure; off restores the week
struct MakeBlock { int week; int weeks; };              // a block of `weeks` weeks from that week (default progression)
struct SetProgression { Progression progression; };
struct EndBlock {};                                      // keeps the weeks as they read, without the block
struct Rename { std::string name; };
struct NameDay { int day; std::string name; };          // the day's own name in every week; "" clears it
struct SetLevel { Level level; };
struct SetRecovery { Recovery recovery; };
struct SetApproach { Approach approach; };
struct SetBudget { Muscle muscle; std::optional<BudgetOverride> budget; };
struct AddCustomExercise { Exercise exercise; };
struct EditCustomExercise { int index; Exercise exercise; };
struct RemoveCustomExercise { int index; };             // refused while a slot uses it
// A slot of a custom exercise kept outside the plan (the user's own, across plans): the plan
// takes a copy first, unless it has an exercise of that id already (then that one is used).
struct AddCustomSlot { SlotPos at; Exercise exercise; };
}  // namespace act

using Action = std::variant<act::AddSlot, act::RemoveSlot, act::MoveSlot, act::EditSlot, act::CopyDay,
                            act::ClearDay, act::AddWeek, act::CopyWeek, act::RemoveWeek, act::SetDeload,
                            act::MakeBlock, act::SetProgression, act::EndBlock, act::Rename, act::NameDay, act::SetLevel, act::SetRecovery, act::SetApproach, act::SetBudget, act::AddCustomExercise,
                            act::EditCustomExercise, act::RemoveCustomExercise, act::AddCustomSlot>;

// Returns the edited plan, or why the action does not apply (the input is never changed).
Result<Plan> apply(const Plan& plan, const Action& action);

// Short description for undo history and fix buttons, e.g. "Move Leg curl to Thu".
std::string describe(const Plan& plan, const Action& action);

}  // namespace failsafe
