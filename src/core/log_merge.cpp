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

// A session as both sides left it: the check-in and the note of the side that changed them (mine
// when both did), and the sets slot by slot.
Session merge_session(const Session* sb, const Session* sm, const Session* st) {
    const Session none;
    const Session& b = sb ? *sb : none;
    const Session& m = sm ? *sm : none;
    const Session& t = st ? *st : none;
    const Session& at = st ? t : m;  // its week, day and date
    Session out;
    out.week = at.week;
    out.day = at.day;
    out.date = at.date;
    out.check_in = changed(b.check_in, m.check_in, t.check_in);
    out.note = changed(b.note, m.note, t.note);
    for (int slot = 0; slot < limits::kMaxSlotsPerDay; ++slot) {
        const LogEntry *eb = entry_at(sb, slot), *em = entry_at(sm, slot), *et = entry_at(st, slot);
        if (!em && !et) continue;
        if (em && et && em->exercise != et->exercise) em = nullptr;  // the slot holds another exercise there: theirs
        LogEntry e;
        e.slot = static_cast<uint8_t>(slot);
        e.exercise = (et ? et : em)->exercise;
        const Sets empty;
        e.sets = merge_sets(eb && eb->exercise == e.exercise ? eb->sets : empty, em ? em->sets : empty, et ? et->sets : empty);
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
