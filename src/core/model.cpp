// The fatigue model's shape and constants. docs/model.md explains each choice and its source.
#include <cmath>

#include "failsafe/analysis.hpp"

namespace failsafe::model {

float half_life(Muscle m) {
    switch (m) {
        case Muscle::quads: case Muscle::hamstrings: case Muscle::glutes: case Muscle::lower_back:
        case Muscle::adductors:
            return 26.f;
        case Muscle::chest: case Muscle::lats: case Muscle::upper_back:
            return 20.f;
        default:
            return 16.f;
    }
}

float decay(float hours, float half_life_hours) {
    return hours <= 0.f ? 1.f : std::exp2(-hours / half_life_hours);
}

}  // namespace failsafe::model
