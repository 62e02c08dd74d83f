#include "failsafe/muscles.hpp"

#include <iterator>

namespace failsafe {
namespace {
struct MuscleInfo { std::string_view id, label; };
constexpr MuscleInfo kMuscles[] = {
    {"chest", "Chest"},         {"front-delts", "Front delts"}, {"side-delts", "Side delts"},
    {"rear-delts", "Rear delts"}, {"lats", "Lats"},             {"upper-back", "Upper back"},
    {"biceps", "Biceps"},       {"triceps", "Triceps"},         {"forearms", "Forearms"},
    {"abs", "Abs"},             {"lower-back", "Lower back"},   {"glutes", "Glutes"},
    {"quads", "Quads"},         {"hamstrings", "Hamstrings"},   {"adductors", "Adductors"},
    {"calves", "Calves"},
};
static_assert(std::size(kMuscles) == kMuscleCount);
}  // namespace

std::string_view muscle_id(Muscle m) { return kMuscles[index(m)].id; }
std::string_view muscle_label(Muscle m) { return kMuscles[index(m)].label; }

std::optional<Muscle> muscle_from_id(std::string_view id) {
    for (int i = 0; i < kMuscleCount; ++i)
        if (kMuscles[i].id == id) return muscle_at(i);
    return std::nullopt;
}

bool is_leg_muscle(Muscle m) {
    return m == Muscle::quads || m == Muscle::hamstrings || m == Muscle::glutes || m == Muscle::adductors;
}

}  // namespace failsafe
