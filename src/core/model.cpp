// The fatigue model's shape and constants. docs/model.md explains each choice and its source.
#include <algorithm>
#include <cmath>

#include "failsafe/analysis.hpp"

namespace failsafe::model {
namespace {
// Straight lines between (x, y) points, flat beyond the ends.
template <size_t N>
float piecewise(const float (&x)[N], const float (&y)[N], float v) {
    if (v <= x[0]) return y[0];
    for (size_t i = 1; i < N; ++i)
        if (v <= x[i]) return y[i - 1] + (y[i] - y[i - 1]) * (v - x[i - 1]) / (x[i] - x[i - 1]);
    return y[N - 1];
}

// Stimulus of a set by its RIR, 6-12 reps. Within 2 reps of failure a set counts in full
// (Refalo et al. 2023: failure and stopping 1-3 reps short grow alike); further away it falls
// step by step, with no cliff (Robinson et al. 2024: growth rises as sets end closer to failure).
// The steps are an assumption shaped after those two.
constexpr float kProximity[] = {1.0f, 1.0f, 1.0f, 0.9f, 0.78f, 0.65f};
static_assert(std::size(kProximity) == limits::kMaxRir + 1);
}  // namespace

float local_reps_factor(float reps) {
    constexpr float x[] = {5.f, 8.f, 15.f, 20.f, 30.f};
    constexpr float y[] = {0.8f, 1.f, 1.f, 1.15f, 1.3f};
    return piecewise(x, y, reps);
}

float systemic_reps_factor(float reps) {
    constexpr float x[] = {3.f, 6.f, 8.f, 12.f, 15.f};
    constexpr float y[] = {1.6f, 1.3f, 1.f, 1.f, 0.9f};
    return piecewise(x, y, reps);
}

float stimulus(int rir, float reps) {
    const float loss = 1.f - kProximity[std::clamp(rir, 0, limits::kMaxRir)];
    // How much stopping short costs, by load: half for heavy sets (Lasevicius 2022: no
    // difference at 80 % 1RM), more for light ones (a large difference at 30 % 1RM) [the factors
    // are an assumption].
    constexpr float x[] = {kHeavyReps, 8.f, 12.f, kLightReps};
    constexpr float y[] = {0.5f, 1.f, 1.f, 1.6f};
    // Singles to triples grow less per set than moderate loads [assumption].
    constexpr float hx[] = {3.f, kHeavyReps};
    constexpr float hy[] = {0.85f, 1.f};
    return std::max(0.f, 1.f - loss * piecewise(x, y, reps)) * piecewise(hx, hy, reps);
}

float half_life(Muscle m) {
    switch (m) {
        case Muscle::quads: case Muscle::hamstrings: case Muscle::glutes: case Muscle::lower_back:
        case Muscle::adductors:
            return 36.f;
        case Muscle::chest: case Muscle::lats: case Muscle::upper_back:
            return 30.f;
        default:
            return 24.f;
    }
}

float recovery_scale(Recovery r) {
    constexpr float kScale[] = {1.3f, 1.f, 0.8f};
    static_assert(std::size(kScale) == kRecoveryCount);
    return kScale[static_cast<int>(r)];
}

int recovery_window(Recovery r, bool compound) {
    // Seed 004: 48-72 h. Typical: 48 h after isolation, 72 h after heavy compounds; slower
    // recovery adds a day; faster never goes below the seed's 48 h.
    constexpr int kWindow[][2] = {{72, 96}, {48, 72}, {48, 48}};
    static_assert(std::size(kWindow) == kRecoveryCount);
    return kWindow[static_cast<int>(r)][compound ? 1 : 0];
}

float decay(float hours, float half_life_hours) {
    return hours <= 0.f ? 1.f : std::exp2(-hours / half_life_hours);
}

}  // namespace failsafe::model
