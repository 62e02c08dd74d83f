// tests/helpers.hpp - plan builders and a seeded random plan generator for the tests.
#pragma once
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

#include "failsafe/analysis.hpp"
#include "failsafe/catalog.hpp"
#include "failsafe/plan.hpp"
#include "failsafe/templates.hpp"

namespace failsafe::test {

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline Reps reps(int n) { return {static_cast<uint8_t>(n), static_cast<uint8_t>(n)}; }

inline Plan one_week(std::initializer_list<std::pair<int, Day>> days, Level level = Level::intermediate) {
    Plan p;
    p.level = level;
    for (const auto& [d, day] : days) p.weeks[0].days[d] = day;
    return p;
}

// A template as the app makes it: a block of several weeks.
inline const Plan& template_block(std::string_view id) {
    for (const auto& t : templates())
        if (t.id == id) return t.plan;
    throw std::runtime_error("no template " + std::string(id));
}

// A template's designed week alone, as a plain one-week plan (its hardest week: each slot at its
// own RIR, with its failure sets).
inline Plan template_plan(std::string_view id) {
    Plan p = template_block(id);
    p.weeks.assign(1, p.block->base);
    p.block.reset();
    return p;
}

inline int count_code(const Analysis& a, std::string_view code) {
    int n = 0;
    for (const auto& f : a.findings) n += f.code() == code;
    return n;
}

inline const Finding* find_code(const Analysis& a, std::string_view code) {
    for (const auto& f : a.findings)
        if (f.code() == code) return &f;
    return nullptr;
}

// A random valid plan: any catalog exercise, any values in range, optional custom exercises.
inline Plan random_plan(std::mt19937& rng, int max_weeks = 4, bool customs = true) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const auto& cat = builtin_catalog().exercises();
    Plan p;
    p.name = "Random " + std::to_string(pick(0, 9999));
    p.level = static_cast<Level>(pick(0, 2));
    if (customs) {
        const int n = pick(0, 3);
        for (int i = 0; i < n; ++i) {
            Exercise e;
            e.slug = "custom-" + std::to_string(i);
            e.name = "Custom exercise " + std::to_string(i);
            e.aliases = {"alias" + std::to_string(i)};
            e.equipment = static_cast<Equipment>(pick(0, kEquipmentCount - 1));
            e.kind = static_cast<Kind>(pick(0, 1));
            e.failure = static_cast<FailureClass>(pick(0, 2));
            e.systemic = static_cast<float>(pick(0, 20)) / 20.f;
            const int worked = pick(1, 4);
            for (int k = 0; k < worked; ++k) e.muscles[pick(0, kMuscleCount - 1)] = pick(0, 1) ? 1.f : 0.5f;
            p.custom_exercises.push_back(e);
        }
    }
    if (pick(0, 3) == 0) p.budgets[pick(0, kMuscleCount - 1)] = BudgetOverride{4, 12.5f, 3};
    p.weeks.resize(static_cast<size_t>(pick(1, max_weeks)));
    for (auto& w : p.weeks) {
        w.deload = pick(0, 5) == 0;
        for (auto& d : w.days) {
            const int n = pick(0, 3) == 0 ? 0 : pick(1, 6);
            for (int i = 0; i < n; ++i) {
                Slot s;
                if (!p.custom_exercises.empty() && pick(0, 5) == 0)
                    s.exercise = custom_ref(pick(0, static_cast<int>(p.custom_exercises.size()) - 1));
                else
                    s.exercise = cat[static_cast<size_t>(pick(0, static_cast<int>(cat.size()) - 1))].code;
                s.sets = static_cast<uint8_t>(pick(1, 10));
                s.reps.low = static_cast<uint8_t>(pick(1, 30));
                s.reps.high = static_cast<uint8_t>(pick(0, 1) ? s.reps.low : pick(s.reps.low, 40));
                s.rir = static_cast<uint8_t>(pick(0, 5));
                s.failure_sets = static_cast<uint8_t>(pick(0, s.sets));
                s.technique = static_cast<Technique>(pick(0, 2) ? 0 : pick(0, kTechniqueCount - 1));
                d.slots.push_back(s);
            }
        }
    }
    p.recovery = static_cast<Recovery>(pick(0, kRecoveryCount - 1));
    p.approach = static_cast<Approach>(pick(0, kApproachCount - 1));
    return p;
}

// The largest plan the limits allow, built to make the longest share link: every limit in
// plan.hpp at its maximum, names of 80 bytes in two-byte characters, custom exercise refs (the
// longest varints), rep ranges and techniques, and no day equal to another or repeating the
// exercises of the same day a week earlier, every week a deload keeping the days it replaced.
inline Plan largest_plan() {
    Plan p;
    auto two_byte = [](int n, int seed) {  // n bytes of "é" / "ß" alternating from `seed`
        std::string s;
        for (int i = 0; i < n / 2; ++i) s += (i + seed) % 2 ? "\xC3\xA9" : "\xC3\x9F";
        return s;
    };
    p.name = two_byte(limits::kMaxNameLength, 0);
    for (int i = 0; i < limits::kMaxCustomExercises; ++i) {
        Exercise e;
        e.slug = std::string(limits::kMaxSlugLength - 3, 'c') + "-" + (i < 10 ? "0" : "") + std::to_string(i);
        e.name = two_byte(limits::kMaxNameLength, i);
        for (int a = 0; a < limits::kMaxAliases; ++a) e.aliases.push_back(two_byte(limits::kMaxNameLength, i + a));
        e.systemic = 0.35f;
        for (int m = 0; m < kMaxMusclesPerExercise; ++m) e.muscles[(i + m * 3) % kMuscleCount] = 0.55f;
        p.custom_exercises.push_back(e);
    }
    for (int m = 0; m < kMuscleCount; ++m) p.budgets[m] = BudgetOverride{4.5f, 20.5f, 5.5f};
    for (int d = 0; d < limits::kDays; ++d) p.day_names[d] = two_byte(limits::kMaxDayNameLength, d);
    p.weeks.resize(limits::kMaxWeeks);
    for (int w = 0; w < limits::kMaxWeeks; ++w)
        for (int d = 0; d < limits::kDays; ++d)
            for (int i = 0; i < limits::kMaxSlotsPerDay; ++i) {
                Slot s;
                s.exercise = custom_ref((w * 7 + d * 5 + i) % limits::kMaxCustomExercises);
                s.sets = static_cast<uint8_t>(limits::kMaxSets);
                s.reps = {static_cast<uint8_t>(1 + (w * 7 + d) % 90), static_cast<uint8_t>(limits::kMaxReps)};
                s.rir = static_cast<uint8_t>(1 + i % 4);
                s.failure_sets = 1;
                s.technique = static_cast<Technique>(1 + i % (kTechniqueCount - 1));
                p.weeks[w].days[d].slots.push_back(s);
            }
    // Every week a deload that keeps the days it replaced, none equal to a day of the plan.
    for (auto& w : p.weeks) {
        w.deload = true;
        w.before_deload = w.days;
        for (auto& d : *w.before_deload)
            for (auto& s : d.slots) s.reps.low = static_cast<uint8_t>(s.reps.low == 1 ? 2 : 1);
    }
    return p;
}

}  // namespace failsafe::test
