// failsafe/catalog.hpp - exercises: the built-in catalog (assets/exercises.txt, embedded at
// build time) and the fields a custom exercise shares with it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "failsafe/muscles.hpp"
#include "failsafe/result.hpp"

namespace failsafe {

enum class Equipment : uint8_t { barbell, dumbbell, machine, cable, bodyweight, kettlebell };
inline constexpr int kEquipmentCount = 6;
static_assert(static_cast<int>(Equipment::kettlebell) + 1 == kEquipmentCount, "kEquipmentCount counts Equipment");
enum class Kind : uint8_t { compound, isolation };
inline constexpr int kKindCount = 2;
static_assert(static_cast<int>(Kind::isolation) + 1 == kKindCount, "kKindCount counts Kind");
// How safe it is to take the exercise to failure (seeds 002 and 004).
enum class FailureClass : uint8_t { avoid, caution, safe };
inline constexpr int kFailureClassCount = 3;
static_assert(static_cast<int>(FailureClass::safe) + 1 == kFailureClassCount, "kFailureClassCount counts FailureClass");

inline constexpr int kMaxMusclesPerExercise = 4;

struct Exercise {
    uint16_t code = 0;              // permanent share-link code; 0 for custom exercises
    std::string slug;               // stable id, e.g. "back-squat"
    std::string name;               // display name
    std::vector<std::string> aliases;  // extra search words
    Equipment equipment = Equipment::machine;
    Kind kind = Kind::isolation;
    FailureClass failure = FailureClass::safe;
    float systemic = 0.1f;          // nervous-system load per hard set, 0..1
    PerMuscle<float> muscles{};     // weight per muscle: 1 direct, 0.5 indirect, 0 none

    bool works(Muscle m) const { return muscles[index(m)] > 0.f; }
    bool is_primary(Muscle m) const { return muscles[index(m)] >= 1.f; }
};

// Ids, used in files and shown as they are in the library's filters and the exercise editor.
std::string_view equipment_id(Equipment e);      // "kettlebell"
std::string_view kind_id(Kind k);                // "compound"
std::string_view failure_class_id(FailureClass f);  // "avoid", "caution", "safe"
// What a failure class means, for a slot's tag and the editor: "avoid failure", "caution",
// "safe to fail".
std::string_view failure_class_label(FailureClass f);
std::optional<Equipment> equipment_from_id(std::string_view id);
std::optional<Kind> kind_from_id(std::string_view id);
std::optional<FailureClass> failure_class_from_id(std::string_view id);

// Checks a custom or catalog exercise's fields; empty string when valid.
std::string validate_exercise(const Exercise& e);

class Catalog {
public:
    // Parses the catalog text format (see assets/exercises.txt).
    static Result<Catalog> parse(std::string_view text);

    const std::vector<Exercise>& exercises() const { return exercises_; }
    const Exercise* by_code(uint16_t code) const;
    const Exercise* by_slug(std::string_view slug) const;
    int code_limit() const { return static_cast<int>(by_code_.size()); }  // every code is below this

private:
    std::vector<Exercise> exercises_;
    std::vector<int16_t> by_code_;  // code -> index into exercises_, -1 when unused
};

// The catalog compiled into the binary. Parsed once, on first use.
const Catalog& builtin_catalog();

// Case-insensitive match of every word of `query` against name, slug, aliases and the
// equipment and the muscles the exercise works directly.
bool matches_search(const Exercise& e, std::string_view query);
// How well `e` matches `query`, best first in a list: 4 the name holds the query as typed
// ("chest press" in "Machine chest press"), 3 the name holds every word, 2 the name, id and
// aliases hold every word, 1 only with the equipment and muscles ("chest" for Bench press),
// 0 no match. An empty query is 1 for every exercise.
int search_rank(const Exercise& e, std::string_view query);

}  // namespace failsafe
