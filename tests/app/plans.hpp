// tests/app/plans.hpp - plans and exercises the headless app tests start from.
#pragma once
#include <string>

#include "app.hpp"
#include "failsafe/plan.hpp"

namespace failsafe::test {

inline const std::string kCustomSlug = "my-cable-curl";

// A custom exercise the library lists first.
inline Exercise custom_curl() {
    Exercise e;
    e.slug = kCustomSlug;
    e.name = "My cable curl";
    e.equipment = Equipment::cable;
    e.kind = Kind::isolation;
    e.failure = FailureClass::safe;
    e.systemic = 0.1f;
    e.muscles[index(Muscle::biceps)] = 1.f;
    return e;
}

// The open plan gets a second week and a custom exercise, as the user would add them (outside
// a frame, so at once).
inline void two_weeks_and_a_custom_exercise(app::App& app) {
    app.dispatch(act::AddWeek{1});
    app.dispatch(act::AddCustomExercise{custom_curl()});
}

}  // namespace failsafe::test
