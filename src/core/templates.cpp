#include "failsafe/templates.hpp"

#include <cassert>

#include "failsafe/actions.hpp"

namespace failsafe {

Slot catalog_slot(std::string_view slug, int sets, Reps reps, int rir, int failure_sets, Technique technique) {
    const Exercise* e = builtin_catalog().by_slug(slug);
    assert(e && "catalog_slot: unknown slug");
    Slot s;
    s.exercise = e ? e->code : 0;
    s.sets = static_cast<uint8_t>(sets);
    s.reps = reps;
    s.rir = static_cast<uint8_t>(rir);
    s.failure_sets = static_cast<uint8_t>(failure_sets);
    s.technique = technique;
    return s;
}

namespace {
Reps r(int n) { return {static_cast<uint8_t>(n), static_cast<uint8_t>(n)}; }
Reps r(int lo, int hi) { return {static_cast<uint8_t>(lo), static_cast<uint8_t>(hi)}; }

// The sample session of the Iron Alliances guide (seed 004).
Day seed004_session() {
    return Day{{
        catalog_slot("bench-press", 4, r(8), 2),
        catalog_slot("dumbbell-fly", 3, r(10), 1, 1),
        catalog_slot("lat-pulldown", 4, r(10), 2),
        catalog_slot("biceps-curl", 3, r(12), 1, 2),
        catalog_slot("leg-press", 4, r(12), 2),
        catalog_slot("leg-extension", 3, r(15), 1, 1),
    }};
}

// A template is a block (docs/model.md, "Blocks"): the designed week over `weeks` weeks, RIR
// coming down from 3, failure only in the last two build weeks, the muscles in `grow` gaining a
// set a week where their band allows, and a deload to end.
Plan make(std::string name, std::vector<std::pair<int, Day>> days, int weeks = 5, std::initializer_list<Muscle> grow = {}) {
    Plan p;
    p.name = std::move(name);
    for (auto& [d, day] : days) p.weeks[0].days[d] = std::move(day);
    p = *apply(p, act::MakeBlock{0, weeks});
    Progression pr = p.block->progression;
    const int build = pr.build_weeks();
    pr.failure_weeks = static_cast<uint16_t>((1u << (build - 1)) | (build >= 4 ? 1u << (build - 2) : 0u));
    for (Muscle m : grow) pr.grow |= 1u << index(m);
    pr.sets_step = grow.size() > 0 ? 1 : 0;
    return *apply(p, act::SetProgression{pr});
}

std::vector<Template> build() {
    std::vector<Template> t;
    t.push_back({"seed-004", "Failure on isolation, 2 days (Mon/Thu)",
                 make("Failure on isolation", {{0, seed004_session()}, {3, seed004_session()}}, 4, {Muscle::biceps, Muscle::quads})});

    const Day full_a{{catalog_slot("back-squat", 3, r(6, 8), 2), catalog_slot("bench-press", 3, r(6, 8), 2),
                      catalog_slot("seated-cable-row", 3, r(10, 12), 1), catalog_slot("lateral-raise", 3, r(12, 15), 1, 1),
                      catalog_slot("biceps-curl", 2, r(10, 12), 1, 1)}};
    const Day full_b{{catalog_slot("romanian-deadlift", 3, r(8), 2), catalog_slot("overhead-press", 3, r(6, 8), 2),
                      catalog_slot("lat-pulldown", 3, r(10, 12), 1), catalog_slot("leg-curl", 3, r(10, 12), 1, 1),
                      catalog_slot("triceps-pushdown", 2, r(12, 15), 1, 1)}};
    const Day full_c{{catalog_slot("leg-press", 3, r(10, 12), 2), catalog_slot("incline-dumbbell-press", 3, r(8, 10), 2),
                      catalog_slot("chest-supported-row", 3, r(10, 12), 1), catalog_slot("leg-extension", 2, r(15), 1, 1),
                      catalog_slot("standing-calf-raise", 3, r(12, 15), 1, 1), catalog_slot("face-pull", 2, r(15), 1)}};
    t.push_back({"full-body-3x", "Full body, 3 days", make("Full body 3x", {{0, full_a}, {2, full_b}, {4, full_c}}, 5,
                                                                {Muscle::side_delts, Muscle::biceps, Muscle::calves})});

    const Day upper_a{{catalog_slot("bench-press", 4, r(6, 8), 2), catalog_slot("barbell-row", 4, r(8), 2),
                       catalog_slot("seated-dumbbell-press", 3, r(10), 2), catalog_slot("lat-pulldown", 3, r(10, 12), 1),
                       catalog_slot("lateral-raise", 3, r(15), 1, 1), catalog_slot("triceps-pushdown", 3, r(12), 1, 1)}};
    const Day lower_a{{catalog_slot("back-squat", 4, r(6, 8), 2), catalog_slot("romanian-deadlift", 3, r(8, 10), 2),
                       catalog_slot("leg-extension", 3, r(12, 15), 1, 1), catalog_slot("leg-curl", 3, r(12), 1, 1),
                       catalog_slot("standing-calf-raise", 4, r(12), 1, 1), catalog_slot("cable-crunch", 3, r(15), 1)}};
    const Day upper_b{{catalog_slot("incline-dumbbell-press", 4, r(8, 10), 2), catalog_slot("pull-up", 4, r(8), 2),
                       catalog_slot("machine-chest-press", 3, r(10, 12), 1, 1), catalog_slot("seated-cable-row", 3, r(12), 1),
                       catalog_slot("rear-delt-fly", 3, r(15), 1, 1), catalog_slot("hammer-curl", 3, r(12), 1, 1)}};
    const Day lower_b{{catalog_slot("deadlift", 3, r(5), 2), catalog_slot("leg-press", 3, r(10, 12), 2),
                       catalog_slot("adductor-machine", 2, r(12), 1), catalog_slot("seated-leg-curl", 3, r(12), 1, 1),
                       catalog_slot("seated-calf-raise", 3, r(15), 1, 1), catalog_slot("hanging-leg-raise", 3, r(12), 1)}};
    t.push_back({"upper-lower-4x", "Upper / lower, 4 days",
                 make("Upper / lower 4x", {{0, upper_a}, {1, lower_a}, {3, upper_b}, {4, lower_b}}, 5,
                      {Muscle::side_delts, Muscle::rear_delts})});

    const Day push{{catalog_slot("bench-press", 3, r(6, 8), 2), catalog_slot("seated-dumbbell-press", 3, r(8, 10), 2),
                    catalog_slot("pec-deck", 2, r(12, 15), 1, 1), catalog_slot("lateral-raise", 3, r(15), 1, 1),
                    catalog_slot("triceps-pushdown", 2, r(12), 1, 1)}};
    const Day pull{{catalog_slot("pull-up", 3, r(6, 10), 2), catalog_slot("chest-supported-row", 3, r(10), 2),
                    catalog_slot("face-pull", 2, r(15), 1), catalog_slot("rear-delt-fly", 2, r(15), 1, 1),
                    catalog_slot("dumbbell-curl", 2, r(12), 1, 1)}};
    const Day legs{{catalog_slot("back-squat", 3, r(6, 8), 2), catalog_slot("romanian-deadlift", 2, r(8, 10), 2),
                    catalog_slot("leg-extension", 2, r(12, 15), 1, 1), catalog_slot("leg-curl", 2, r(12), 1, 1),
                    catalog_slot("standing-calf-raise", 3, r(12), 1, 1)}};
    const Day push2{{catalog_slot("incline-dumbbell-press", 3, r(8, 10), 2), catalog_slot("machine-shoulder-press", 3, r(10), 2),
                     catalog_slot("cable-crossover", 2, r(12, 15), 1), catalog_slot("cable-lateral-raise", 3, r(15), 1),
                     catalog_slot("overhead-cable-extension", 2, r(12), 1)}};
    const Day pull2{{catalog_slot("lat-pulldown", 3, r(10), 2), catalog_slot("seated-cable-row", 3, r(10, 12), 2),
                     catalog_slot("reverse-pec-deck", 2, r(15), 1), catalog_slot("hammer-curl", 2, r(12), 1),
                     catalog_slot("cable-curl", 2, r(12), 1)}};
    const Day legs2{{catalog_slot("leg-press", 3, r(10, 12), 2), catalog_slot("hip-thrust", 3, r(10), 2),
                     catalog_slot("bulgarian-split-squat", 2, r(10), 2), catalog_slot("seated-leg-curl", 2, r(12), 1),
                     catalog_slot("seated-calf-raise", 3, r(15), 1), catalog_slot("cable-crunch", 3, r(15), 1)}};
    t.push_back({"push-pull-legs-6x", "Push / pull / legs, 6 days",
                 make("Push / pull / legs 6x",
                      {{0, push}, {1, pull}, {2, legs}, {3, push2}, {4, pull2}, {5, legs2}}, 6, {Muscle::calves})});
    return t;
}
}  // namespace

const std::vector<Template>& templates() {
    static const std::vector<Template> t = build();
    return t;
}

}  // namespace failsafe
