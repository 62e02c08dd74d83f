// The words of the log's findings and their fixes, with the sources they cite (the rules are in
// log_analysis.cpp). Kept apart from messages.cpp so that the app, which does not read logs yet,
// does not carry them.
#include <iterator>
#include <variant>

#include "failsafe/findings.hpp"
#include "failsafe/log_analysis.hpp"
#include "text.hpp"

namespace failsafe {
namespace {
constexpr const char* kSrcSigns =
    " (Iron Alliances guide: watch for a decline in performance, persistent soreness, trouble sleeping and mood swings)";
constexpr const char* kSrcLogBudget = " (Iron Alliances guide: 1-2 sets to failure per exercise; keep a log of failure sets)";
constexpr const char* kSrcShort = " (Iron Alliances guide: proximity to failure is enough; leave 1-2 reps in reserve on compounds)";
constexpr const char* kSrcIndividual = " (Will Slatter, Myprotein: recovery from failure is highly individual; Iron Alliances guide)";

std::string num(float v) { return text::format_number(v); }

// What the finding's fix does, as the end of a sentence.
std::string remedy(const Finding& f) {
    if (f.fix && std::holds_alternative<act::SetDeload>(*f.fix))
        return "make week " + std::to_string(std::get<act::SetDeload>(*f.fix).week + 1) + " an early deload";
    if (f.fix) return "take one set fewer to failure next week";
    return "take fewer sets to failure, or deload early";
}
}  // namespace

std::string_view log_fix_label(const Finding& f) {
    if (!f.fix) return {};
    if (const auto* r = std::get_if<act::SetRecovery>(&*f.fix)) {
        constexpr std::string_view kLabels[] = {"Set recovery to slower", "Set recovery to typical", "Set recovery to faster"};
        static_assert(std::size(kLabels) == kRecoveryCount, "a label for every recovery setting");
        return kLabels[static_cast<int>(r->recovery)];
    }
    return std::holds_alternative<act::SetDeload>(*f.fix) ? "Make next week a deload" : "One failure set fewer next week";
}

std::string log_finding_message(const Plan& plan, const Finding& f) {
    const Exercise* at = finding_exercise(plan, f);
    const std::string exercise = at ? at->name : "This exercise";
    const std::string muscle = f.muscle ? std::string(muscle_label(*f.muscle)) : std::string("This muscle");
    const std::string when = "week " + std::to_string(f.week + 1) + (f.day >= 0 ? " " + std::string(day_name(f.day)) : std::string());
    switch (f.check) {
        case Check::logged_failure_over_budget:
            return muscle + ": " + text::count_text(f.value, "set to failure", "sets to failure") + " logged in week " +
                   std::to_string(f.week + 1) + ", over the budget of " + num(f.limit) +
                   ". Failure work stacks up and slows recovery; " + remedy(f) + "." + kSrcLogBudget;
        case Check::unplanned_failure:
            return exercise + ": " + text::count_text(f.value, "set") + " reached failure where the plan stopped short (" +
                   (f.limit > 0 ? "it planned " + text::count_text(f.limit, "set to failure", "sets to failure")
                                : std::string("it planned none")) +
                   "). " +
                   (f.severity == Severity::warning ? "On this lift failure is where form breaks down. " : std::string()) +
                   "If the target reps took everything, the load is too heavy: take a little off, or stop at the planned reps "
                   "in reserve." +
                   kSrcShort;
        case Check::reps_falling:
            return exercise + ": the first set fell from " + text::count_text(f.limit, "rep") + " to " + num(f.value) + " over " +
                   std::to_string(logmodel::kFallingSessions) +
                   " sessions, at the same or a heavier load and no more reps in reserve. A decline in performance is a sign "
                   "of overreaching: " +
                   remedy(f) + "." + kSrcSigns;
        case Check::soreness_lingering:
            return muscle + ": still sore (" + num(f.value) + " of 5) before " + std::string(day_name(f.day)) +
                   "'s session in week " + std::to_string(f.week + 1) + ", after " + std::string(day_name(f.other_day)) +
                   "'s: not recovered before being trained again. Persistent soreness is a sign of overreaching: " +
                   remedy(f) + "." + kSrcSigns;
        case Check::sleep_falling:
        case Check::motivation_falling: {
            const bool sleep = f.check == Check::sleep_falling;
            return std::string(sleep ? "Sleep" : "Motivation") + " fell from " + num(f.limit) + " to " + num(f.value) +
                   " of 5 over the check-ins up to " + when + ". " +
                   (sleep ? "Trouble sleeping" : "Low mood and irritability") + (sleep ? " is" : " are") +
                   " a sign of overreaching: " + remedy(f) + "." + kSrcSigns;
        }
        case Check::recovery_suggestion: {
            const auto suggested = static_cast<Recovery>(static_cast<int>(f.value));
            const bool slower = f.value < f.limit;
            return "The log suggests the " + std::string(recovery_id(suggested)) + " recovery setting instead of " +
                   std::string(recovery_id(plan.recovery)) + ": " +
                   (slower ? "warning signs came up more than once. Slower recovery lowers the top of each volume band and "
                             "lengthens the recovery windows."
                           : "weeks of check-ins with no warning sign and little soreness. Faster recovery raises the top of "
                             "each volume band and shortens the recovery windows.") +
                   kSrcIndividual;
        }
        default: return finding_message(plan, f);
    }
}

}  // namespace failsafe
