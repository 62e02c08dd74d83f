// failsafe/templates.hpp - ready-made plans offered by "New", each free of error findings.
#pragma once
#include <string_view>
#include <vector>

#include "failsafe/plan.hpp"

namespace failsafe {

struct Template {
    std::string_view id;     // "seed-004", "full-body-3x", "upper-lower-4x", "push-pull-legs-6x"
    std::string_view title;  // shown in the menu
    Plan plan;
};

const std::vector<Template>& templates();

// A slot of a catalog exercise (asserts that the slug exists).
Slot catalog_slot(std::string_view slug, int sets, Reps reps, int rir, int failure_sets = 0,
                  Technique technique = Technique::none);

}  // namespace failsafe
