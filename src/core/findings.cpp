// Findings as people read them: repeats across weeks grouped, the weeks as text, the summary.
#include "failsafe/findings.hpp"

#include <algorithm>
#include <compare>

#include "text.hpp"

namespace failsafe {
namespace {

// What makes two findings in different weeks the same finding.
struct GroupKey {
    Check check;
    Severity severity;
    int muscle, day, slot, other_day;
    const Exercise* exercise;
    bool operator==(const GroupKey&) const = default;
};

GroupKey key_of(const Plan& plan, const Finding& f) {
    return {f.check, f.severity, f.muscle ? index(*f.muscle) : -1, f.day, f.slot, f.other_day, finding_exercise(plan, f)};
}

// The text up to the end of its first sentence, without the full stop.
std::string first_sentence(const std::string& s) {
    const size_t end = s.find(". ");
    return end == std::string::npos ? s : s.substr(0, end);
}
}  // namespace

const Slot* finding_slot(const Plan& plan, const Finding& f) {
    if (f.week < 0 || f.week >= static_cast<int>(plan.weeks.size()) || f.day < 0 || f.day >= limits::kDays || f.slot < 0)
        return nullptr;
    const auto& slots = plan.weeks[f.week].days[f.day].slots;
    return f.slot < static_cast<int>(slots.size()) ? &slots[f.slot] : nullptr;
}

const Exercise* finding_exercise(const Plan& plan, const Finding& f) {
    const Slot* s = finding_slot(plan, f);
    return s ? plan.exercise(s->exercise) : nullptr;
}

std::vector<FindingGroup> group_findings(const Plan& plan, const Analysis& analysis) {
    // Few findings and fewer groups: a linear search and an insertion sort keep this small in
    // the download (a std::map and std::stable_sort here cost 6 KB of wasm).
    std::vector<FindingGroup> groups;
    std::vector<GroupKey> keys;
    for (const Finding& f : analysis.findings) {
        const GroupKey k = key_of(plan, f);
        const size_t at = static_cast<size_t>(std::find(keys.begin(), keys.end(), k) - keys.begin());
        if (at == keys.size()) {
            keys.push_back(k);
            groups.emplace_back();
        }
        auto& all = groups[at].all;
        all.push_back(&f);
        for (size_t i = all.size() - 1; i > 0 && all[i - 1]->week > all[i]->week; --i) std::swap(all[i - 1], all[i]);
    }
    for (FindingGroup& g : groups) {
        g.first = g.all.front();
        for (const Finding* f : g.all)
            if (f->week >= 0 && (g.weeks.empty() || g.weeks.back() != f->week)) g.weeks.push_back(f->week);
    }
    // Errors first, then warnings, then notes; each by its first week (stable).
    const auto before = [](const FindingGroup& a, const FindingGroup& b) {
        return a.first->severity != b.first->severity ? a.first->severity < b.first->severity : a.first->week < b.first->week;
    };
    for (size_t i = 1; i < groups.size(); ++i)
        for (size_t j = i; j > 0 && before(groups[j], groups[j - 1]); --j) std::swap(groups[j], groups[j - 1]);
    return groups;
}

std::string weeks_text(const std::vector<int>& weeks) {
    if (weeks.empty()) return {};
    std::string runs;
    for (size_t i = 0; i < weeks.size();) {
        size_t j = i;
        while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1) ++j;
        if (!runs.empty()) runs += ", ";
        runs += std::to_string(weeks[i] + 1);
        if (j > i) runs += "-" + std::to_string(weeks[j] + 1);
        i = j + 1;
    }
    return (weeks.size() == 1 ? "week " : "weeks ") + runs;
}

std::string group_message(const Plan& plan, const FindingGroup& group) {
    std::string message = finding_message(plan, *group.first);
    if (group.weeks.size() < 2) return message;
    const Finding& first = *group.first;
    float low = first.value, high = first.value;
    bool same = true;
    for (const Finding* f : group.all) {
        low = std::min(low, f->value);
        high = std::max(high, f->value);
        same = same && f->value == first.value && f->limit == first.limit;
    }
    std::string others = weeks_text(std::vector<int>(group.weeks.begin() + 1, group.weeks.end()));
    constexpr std::string_view kThisWeek = " this week";
    const size_t at = message.find(kThisWeek);
    if (at != std::string::npos && same) return message.replace(at, kThisWeek.size(), " each of these weeks");
    if (at != std::string::npos) message.replace(at, kThisWeek.size(), " in week " + std::to_string(group.weeks.front() + 1));
    message += " Also " + others;
    if (!same && low != high) message += " (from " + text::format_number(low) + " to " + text::format_number(high) + ")";
    return message + ".";
}

std::string health_summary(const Plan& plan, const std::vector<FindingGroup>& groups) {
    int count[kSeverityCount] = {};
    for (const FindingGroup& g : groups) ++count[static_cast<int>(g.first->severity)];
    const int errors = count[static_cast<int>(Severity::error)], warnings = count[static_cast<int>(Severity::warning)];
    const int notes = count[static_cast<int>(Severity::info)];
    if (errors + warnings == 0) return notes == 0 ? "Nothing to flag" : "No errors or warnings (" + text::count_text(notes, "note") + ")";
    const FindingGroup& first = groups.front();
    std::string line = text::count_text(errors, "error") + ", " + text::count_text(warnings, "warning") + ", " +
                       text::count_text(notes, "note") + " - first: " + first_sentence(finding_message(plan, *first.first));
    if (!first.weeks.empty()) line += " (" + weeks_text(first.weeks) + ")";
    return line;
}

}  // namespace failsafe
