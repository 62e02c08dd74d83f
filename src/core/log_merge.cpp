// Two versions of one log, grown apart from a common one, made one again (failsafe/log.hpp,
// merge_logs): what two tabs of the app logged at the same time both survive.
#include <algorithm>
#include <tuple>

#include "failsafe/log.hpp"

namespace failsafe {
namespace {
using Sets = std::vector<LoggedSet>;

// The side that changed `base`: mine when I did, else theirs.
template <class T>
const T& changed(const T& base, const T& mine, const T& theirs) {
    return mine == base ? theirs : mine;
}

// The sets both sides started from, each as only I changed (or removed) it, else as theirs; then
// the sets they added, then mine.
Sets merge_sets(const Sets& b, const Sets& m, const Sets& t) {
    if (m == b || m == t) return t;
    if (t == b) return m;
    Sets out;
    for (size_t i = 0; i < b.size(); ++i) {
        const Sets& from = i < t.size() && t[i] == b[i] ? m : t;
        if (i < from.size()) out.push_back(from[i]);
    }
    for (const Sets* side : {&t, &m})
        for (size_t i = b.size(); i < side->size(); ++i) out.push_back((*side)[i]);
    if (out.size() > static_cast<size_t>(log_limits::kMaxSets)) out.resize(log_limits::kMaxSets);
    return out;
}

const LogEntry* entry_at(const Session* s, int slot) {
    if (s)
        for (const LogEntry& e : s->entries)
            if (e.slot == slot) return &e;
    return nullptr;
}

Session merge_session(const Session* sb, const Session* sm, const Session* st) {
    const Session none;
    const Session& b = sb ? *sb : none;
    const Session& m = sm ? *sm : none;
    const Session& t = st ? *st : none;
    Session out;
    out.week = (st ? t : m).week;
    out.day = (st ? t : m).day;
    out.date = (st ? t : m).date;
    out.check_in.sleep = changed(b.check_in.sleep, m.check_in.sleep, t.check_in.sleep);
    out.check_in.motivation = changed(b.check_in.motivation, m.check_in.motivation, t.check_in.motivation);
    for (int i = 0; i < kMuscleCount; ++i) out.check_in.soreness[i] = changed(b.check_in.soreness[i], m.check_in.soreness[i], t.check_in.soreness[i]);
    out.note = changed(b.note, m.note, t.note);
    if (m.note != b.note && t.note != b.note && m.note != t.note && note_problem(t.note + "\n" + m.note).empty())
        out.note = t.note + "\n" + m.note;
    for (int slot = 0; slot < limits::kMaxSlotsPerDay; ++slot) {
        const LogEntry *eb = entry_at(sb, slot), *em = entry_at(sm, slot), *et = entry_at(st, slot);
        if (!em && !et) continue;
        LogEntry e = et ? *et : *em;
        if (em && et && em->exercise != et->exercise) {  // the slot logged as two exercises: the side that changed it
            if (eb && *et == *eb) e = *em;
        } else {
            const Sets none;
            e.sets = merge_sets(eb && eb->exercise == e.exercise ? eb->sets : none, em ? em->sets : none, et ? et->sets : none);
        }
        if (!e.sets.empty()) out.entries.push_back(std::move(e));
    }
    return out;
}
}  // namespace

Log merge_logs(const Log& base, const Log& mine, const Log& theirs) {
    Log out;
    out.plan = mine.plan;
    out.unit = changed(base.unit, mine.unit, theirs.unit);
    auto add = [&](const Session& s) {
        if (out.session(s.week, s.day)) return;
        Session merged = merge_session(base.session(s.week, s.day), mine.session(s.week, s.day), theirs.session(s.week, s.day));
        if (merged.entries.empty() && merged.note.empty() && merged.check_in.empty()) return;
        const auto key = [](const Session& x) { return std::tuple(x.date, x.week, x.day); };  // the log's order
        auto at = out.sessions.begin();
        while (at != out.sessions.end() && key(*at) < key(merged)) ++at;
        out.sessions.insert(at, std::move(merged));
    };
    for (const Session& s : theirs.sessions) add(s);
    for (const Session& s : mine.sessions) add(s);
    return out;
}

}  // namespace failsafe
