// Default weekly budgets per muscle and level. Sources and reasoning: docs/model.md.
#include <algorithm>
#include <cmath>
#include <iterator>

#include "failsafe/analysis.hpp"

namespace failsafe {
namespace {
// Renaissance Periodization volume landmarks (approximate): MEV, and MRV at 2x/week and at
// 5-6x/week. Lats/upper-back split RP's "back"; lower back and adductors are assumptions.
struct Landmarks { float mev, mrv2, mrv6; };
constexpr Landmarks kLandmarks[] = {
    {6, 20, 35},   // chest
    {0, 12, 16},   // front-delts
    {8, 25, 40},   // side-delts
    {6, 18, 35},   // rear-delts
    {8, 20, 35},   // lats
    {8, 20, 35},   // upper-back
    {8, 20, 35},   // biceps
    {6, 16, 30},   // triceps
    {2, 15, 25},   // forearms
    {0, 25, 25},   // abs
    {0, 10, 16},   // lower-back (assumption: indirect work from hinges and squats)
    {0, 12, 30},   // glutes
    {8, 18, 30},   // quads
    {4, 12, 18},   // hamstrings
    {0, 12, 20},   // adductors (assumption)
    {8, 16, 30},   // calves
};
static_assert(std::size(kLandmarks) == kMuscleCount);
// Weekly failure sets per muscle: seed 004's "1-2 sets to failure per exercise" over about
// two exercises per muscle a week; beginners learn form first (seed 004).
constexpr float kFailureBudget[] = {1, 4, 6};
constexpr float kLowerBackFailure[] = {0, 1, 2};
static_assert(std::size(kFailureBudget) == kLevelCount && std::size(kLowerBackFailure) == kLevelCount);
}  // namespace

Budget default_budget(Level level, Muscle m, int sessions, Recovery recovery, Approach approach) {
    const Landmarks& l = kLandmarks[index(m)];
    const int lv = static_cast<int>(level);
    // RP: MRV depends on frequency. Straight from the 2x figure to the 5-6x one [assumption: linear].
    const float t = std::clamp((static_cast<float>(sessions) - 2.f) / 3.5f, 0.f, 1.f);
    const float mrv = l.mrv2 + (l.mrv6 - l.mrv2) * t;
    // Slower recovery lowers what can be recovered from, faster raises it [assumption].
    constexpr float kRecoveryHigh[] = {0.85f, 1.f, 1.15f};
    static_assert(std::size(kRecoveryHigh) == kRecoveryCount);
    const float r = kRecoveryHigh[static_cast<int>(recovery)];
    Budget b;
    switch (level) {
        case Level::beginner:
            b.low = std::round(l.mev * 0.75f);
            b.high = std::round(mrv * 0.75f * r);
            break;
        case Level::intermediate:
            b.low = l.mev;
            b.high = std::round(mrv * r);
            break;
        case Level::advanced:
            b.low = l.mev;
            b.high = std::round((mrv + l.mrv6) / 2.f * r);
            break;
    }
    b.high = std::max(b.high, b.low);
    b.failure = m == Muscle::lower_back ? kLowerBackFailure[lv] : kFailureBudget[lv];
    if (approach == Approach::liberal) b.failure = std::ceil(b.failure * 1.5f);  // seed 001: failure often
    return b;
}

Budget effective_budget(const Plan& plan, Muscle m, int sessions) {
    if (const auto& o = plan.budgets[index(m)]) return Budget{o->low, o->high, o->failure};
    return default_budget(plan.level, m, sessions, plan.recovery, plan.approach);
}

}  // namespace failsafe
