// Where each entry of a log sits in the plan as it reads now (failsafe/log.hpp, "match_log").
#include <algorithm>

#include "failsafe/log.hpp"

namespace failsafe {
namespace {
// The exercise an id names for this plan: its custom exercise, else the catalog's.
const Exercise* exercise_named(const Plan& plan, std::string_view id) {
    for (const Exercise& e : plan.custom_exercises)
        if (e.slug == id) return &e;
    return builtin_catalog().by_slug(id);
}
}  // namespace

std::vector<MatchedEntry> match_log(const Plan& plan, const Log& log) {
    std::vector<MatchedEntry> out;
    size_t total = 0;
    for (const Session& s : log.sessions) total += s.entries.size();
    out.reserve(total);
    // Unmatched ids resolved once each (a catalog lookup is a linear search).
    std::vector<std::pair<std::string_view, const Exercise*>> known;
    for (const Session& s : log.sessions) {
        const std::vector<Slot>* day =
            s.week < plan.weeks.size() && s.day < limits::kDays ? &plan.weeks[s.week].days[s.day].slots : nullptr;
        const size_t first = out.size();
        const auto holds = [&](size_t i, const std::string& id) {
            const Exercise* e = plan.exercise((*day)[i].exercise);
            return e && e->slug == id;
        };
        const auto taken = [&](int i) {
            return std::any_of(out.begin() + static_cast<long>(first), out.end(), [&](const MatchedEntry& m) { return m.slot_index == i; });
        };
        // First the entries still at their place, then the moved ones, so a moved entry never
        // takes the place of one that stayed.
        for (const LogEntry& e : s.entries) {
            MatchedEntry m{&s, &e, nullptr, -1, nullptr};
            if (day && e.slot < day->size() && holds(e.slot, e.exercise)) m.slot_index = e.slot;
            out.push_back(m);
        }
        for (size_t k = first; k < out.size(); ++k) {
            MatchedEntry& m = out[k];
            for (size_t i = 0; m.slot_index < 0 && day && i < day->size(); ++i)
                if (holds(i, m.entry->exercise) && !taken(static_cast<int>(i))) m.slot_index = static_cast<int>(i);
            if (m.slot_index >= 0) {
                m.slot = &(*day)[static_cast<size_t>(m.slot_index)];
                m.exercise = plan.exercise(m.slot->exercise);
                continue;
            }
            auto it = std::find_if(known.begin(), known.end(), [&](const auto& p) { return p.first == m.entry->exercise; });
            if (it == known.end()) it = known.insert(known.end(), {m.entry->exercise, exercise_named(plan, m.entry->exercise)});
            m.exercise = it->second;
        }
    }
    return out;
}

}  // namespace failsafe
