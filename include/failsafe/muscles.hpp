// failsafe/muscles.hpp - the sixteen muscles Failsafe tracks, with stable ids used in files,
// links and the CLI, and the display names the UI shows.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace failsafe {

enum class Muscle : uint8_t {
    chest, front_delts, side_delts, rear_delts, lats, upper_back, biceps, triceps,
    forearms, abs, lower_back, glutes, quads, hamstrings, adductors, calves,
};
inline constexpr int kMuscleCount = 16;
static_assert(static_cast<int>(Muscle::calves) + 1 == kMuscleCount, "kMuscleCount counts Muscle");

// Per-muscle values, indexed by Muscle.
template <class T>
using PerMuscle = std::array<T, kMuscleCount>;

inline constexpr int index(Muscle m) { return static_cast<int>(m); }
inline constexpr Muscle muscle_at(int i) { return static_cast<Muscle>(i); }

std::string_view muscle_id(Muscle m);     // "front-delts"
std::string_view muscle_label(Muscle m);  // "Front delts"
std::optional<Muscle> muscle_from_id(std::string_view id);

// Lower-body muscles whose failure work needs 72 h before more failure work (docs/model.md).
bool is_leg_muscle(Muscle m);

}  // namespace failsafe
