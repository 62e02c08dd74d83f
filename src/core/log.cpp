// The gym log's values and rules: units, dates, the limits every log keeps, and its edits.
#include "failsafe/log.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

#include "failsafe/utf8.hpp"
#include "text.hpp"

namespace failsafe {
namespace {
constexpr std::string_view kUnitIds[] = {"kg", "lb"};
static_assert(std::size(kUnitIds) == kUnitCount);

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_days(int y, int m) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
// Days from 1970-01-01 to the first of January of `y` (y >= 1970).
Date year_start(int y) {
    Date d = 0;
    for (int i = 1970; i < y; ++i) d += leap(i) ? 366 : 365;
    return d;
}

using R = Result<Log>;
bool in_range(int v, int lo, int hi) { return v >= lo && v <= hi; }

std::string place(int week, int day) { return "week " + std::to_string(week + 1) + " " + std::string(day_short(day)); }

std::string set_problem(const LoggedSet& s) {
    if (s.reps > log_limits::kMaxReps) return "reps must be 0-" + std::to_string(log_limits::kMaxReps);
    if (s.rir > log_limits::kMaxRir) return "reps in reserve must be 0-" + std::to_string(log_limits::kMaxRir);
    if (s.load && !(*s.load >= 0.f && *s.load <= log_limits::kMaxLoad && quantize_load(*s.load) == *s.load))
        return "a load is 0-" + text::format_number(log_limits::kMaxLoad) + " in quarter steps";
    return {};
}

std::string check_in_problem(const CheckIn& c) {
    const auto score_ok = [](uint8_t v) { return v == 0 || in_range(v, log_limits::kMinScore, log_limits::kMaxScore); };
    if (!score_ok(c.sleep) || !score_ok(c.motivation)) return "check-in scores are 1-5";
    for (uint8_t v : c.soreness)
        if (!score_ok(v)) return "check-in scores are 1-5";
    return {};
}

// The session at (week, day), or where it goes (`found` false).
struct Lookup {
    size_t at = 0;
    bool found = false;
};
Lookup find_session(const Log& log, int week, int day) {
    for (size_t i = 0; i < log.sessions.size(); ++i)
        if (log.sessions[i].week == week && log.sessions[i].day == day) return {i, true};
    return {log.sessions.size(), false};
}

// Opens the session at (week, day) on `date` when there is none; returns its index. The log
// stays in order of date, week and day.
size_t open_session(Log& log, int week, int day, Date date) {
    const Lookup l = find_session(log, week, day);
    if (l.found) return l.at;
    Session s;
    s.week = static_cast<uint8_t>(week);
    s.day = static_cast<uint8_t>(day);
    s.date = date;
    const auto key = [](const Session& x) { return std::tuple(x.date, x.week, x.day); };
    const auto it = std::upper_bound(log.sessions.begin(), log.sessions.end(), s,
                                     [&](const Session& a, const Session& b) { return key(a) < key(b); });
    const auto at = static_cast<size_t>(it - log.sessions.begin());
    log.sessions.insert(it, std::move(s));
    return at;
}

// A session at (week, day) is open, or there is room for one.
bool room_for(const Log& log, int week, int day) {
    return find_session(log, week, day).found || log.sessions.size() < static_cast<size_t>(log_limits::kMaxSessions);
}

LogEntry* entry_at(Session& s, int slot) {
    for (auto& e : s.entries)
        if (e.slot == slot) return &e;
    return nullptr;
}

// A session a place and date may open: the bounds of a log's places and dates.
std::string place_problem(int week, int day, Date date) {
    if (!in_range(week, 0, limits::kMaxWeeks - 1) || !in_range(day, 0, limits::kDays - 1)) return "no such week or day";
    if (!date_from_iso(date_iso(date))) return "the date must be in 2000-2099";
    return {};
}

struct Apply {
    Log log;
    R operator()(const logact::AddSet& a) {
        if (auto bad = place_problem(a.week, a.day, a.date); !bad.empty()) return R::fail(bad);
        if (!in_range(a.slot, 0, limits::kMaxSlotsPerDay - 1)) return R::fail("no such slot");
        if (!text::is_slug(a.exercise)) return R::fail("not an exercise id");
        if (auto bad = set_problem(a.set); !bad.empty()) return R::fail(bad);
        if (!room_for(log, a.week, a.day)) return R::fail("the log is full");
        Session& s = log.sessions[open_session(log, a.week, a.day, a.date)];
        LogEntry* e = entry_at(s, a.slot);
        if (!e) {
            LogEntry fresh;
            fresh.slot = static_cast<uint8_t>(a.slot);
            fresh.exercise = a.exercise;
            const auto it = std::find_if(s.entries.begin(), s.entries.end(), [&](const LogEntry& x) { return x.slot > a.slot; });
            e = &*s.entries.insert(it, std::move(fresh));
        }
        if (e->exercise != a.exercise)
            return R::fail(place(a.week, a.day) + " slot " + std::to_string(a.slot + 1) + " already holds " + e->exercise);
        if (e->sets.size() >= static_cast<size_t>(log_limits::kMaxSets))
            return R::fail("at most " + std::to_string(log_limits::kMaxSets) + " sets of one exercise in a session");
        e->sets.push_back(a.set);
        return std::move(log);
    }
    // The set at (week, day, slot, index), or nullptr.
    LoggedSet* set_at(int week, int day, int slot, int index) {
        const Lookup l = find_session(log, week, day);
        LogEntry* e = l.found ? entry_at(log.sessions[l.at], slot) : nullptr;
        if (!e || index < 0 || index >= static_cast<int>(e->sets.size())) return nullptr;
        return &e->sets[static_cast<size_t>(index)];
    }
    R operator()(const logact::CorrectSet& a) {
        LoggedSet* s = set_at(a.week, a.day, a.slot, a.index);
        if (!s) return R::fail("no such logged set");
        if (auto bad = set_problem(a.set); !bad.empty()) return R::fail(bad);
        *s = a.set;
        return std::move(log);
    }
    R operator()(const logact::RemoveSet& a) {
        if (!set_at(a.week, a.day, a.slot, a.index)) return R::fail("no such logged set");
        Session& s = log.sessions[find_session(log, a.week, a.day).at];
        LogEntry& e = *entry_at(s, a.slot);
        e.sets.erase(e.sets.begin() + a.index);
        std::erase_if(s.entries, [](const LogEntry& x) { return x.sets.empty(); });
        drop_if_empty(find_session(log, a.week, a.day).at);
        return std::move(log);
    }
    R operator()(const logact::SetNote& a) {
        if (auto bad = place_problem(a.week, a.day, a.date); !bad.empty()) return R::fail(bad);
        if (auto bad = note_problem(a.note); !bad.empty()) return R::fail("the note " + bad);
        return in_session(a.week, a.day, a.date, a.note.empty(), [&](Session& s) { s.note = a.note; });
    }
    R operator()(const logact::SetCheckIn& a) {
        if (auto bad = place_problem(a.week, a.day, a.date); !bad.empty()) return R::fail(bad);
        if (auto bad = check_in_problem(a.check_in); !bad.empty()) return R::fail(bad);
        return in_session(a.week, a.day, a.date, a.check_in.empty(), [&](Session& s) { s.check_in = a.check_in; });
    }
    // Sets a session's note or check-in: an empty one opens no session, and a session left with
    // nothing in it goes.
    template <class F>
    R in_session(int week, int day, Date date, bool empty, F set) {
        if (!find_session(log, week, day).found && empty) return std::move(log);
        if (!room_for(log, week, day)) return R::fail("the log is full");
        const size_t at = open_session(log, week, day, date);
        set(log.sessions[at]);
        drop_if_empty(at);
        return std::move(log);
    }
    void drop_if_empty(size_t at) {
        const Session& s = log.sessions[at];
        if (s.entries.empty() && s.note.empty() && s.check_in.empty()) log.sessions.erase(log.sessions.begin() + static_cast<long>(at));
    }
};
}  // namespace

std::string_view unit_id(Unit u) {
    const auto i = static_cast<size_t>(u);
    return i < std::size(kUnitIds) ? kUnitIds[i] : std::string_view("?");
}
std::optional<Unit> unit_from_id(std::string_view id) {
    for (int i = 0; i < kUnitCount; ++i)
        if (kUnitIds[i] == id) return static_cast<Unit>(i);
    return std::nullopt;
}

std::optional<Date> date_from_iso(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
    if (!text::parse_int(t.substr(0, 4), y) || !text::parse_int(t.substr(5, 2), m) || !text::parse_int(t.substr(8, 2), d))
        return std::nullopt;
    return date_from_civil(y, m, d);
}

std::optional<Date> date_from_civil(int y, int m, int d) {
    if (!in_range(y, log_limits::kMinYear, log_limits::kMaxYear) || !in_range(m, 1, 12) || !in_range(d, 1, month_days(y, m)))
        return std::nullopt;
    Date days = year_start(y) + d - 1;
    for (int i = 1; i < m; ++i) days += month_days(y, i);
    return days;
}

std::string date_iso(Date days) {
    int y = 1970;
    if (days < 0) return "1970-01-01";
    while (days >= (leap(y) ? 366 : 365)) days -= leap(y) ? 366 : 365, ++y;
    int m = 1;
    while (days >= month_days(y, m)) days -= month_days(y, m), ++m;
    const auto two = [](int v) { return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10); };
    return std::to_string(y) + "-" + two(m) + "-" + two(static_cast<int>(days) + 1);
}

int weekday(Date d) { return static_cast<int>(((d % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday

float quantize_load(float load) {
    return std::round(load * static_cast<float>(log_limits::kLoadSteps)) / static_cast<float>(log_limits::kLoadSteps);
}

std::string load_text(float load, Unit unit) { return text::format_number(load) + " " + std::string(unit_id(unit)); }

float load_step(Unit unit) { return unit == Unit::lb ? 5.f : 2.5f; }

const Session* Log::session(int week, int day) const {
    const Lookup l = find_session(*this, week, day);
    return l.found ? &sessions[l.at] : nullptr;
}

std::string note_problem(std::string_view note) {
    if (!utf8::valid(note)) return "is not valid UTF-8 text";
    if (note.size() > log_limits::kMaxNoteBytes) return "is longer than " + std::to_string(log_limits::kMaxNoteBytes) + " bytes";
    for (std::string_view line : text::split(note, '\n'))
        if (utf8::has_control(line)) return "contains a control character other than a line break";
    return {};
}

std::string validate_log(const Log& log) {
    if (auto bad = name_problem(log.plan, true); !bad.empty()) return "the plan name " + bad;
    if (log.sessions.size() > static_cast<size_t>(log_limits::kMaxSessions))
        return "a log has at most " + std::to_string(log_limits::kMaxSessions) + " sessions";
    for (size_t i = 0; i < log.sessions.size(); ++i) {
        const Session& s = log.sessions[i];
        if (auto bad = place_problem(s.week, s.day, s.date); !bad.empty()) return bad;
        const std::string at = place(s.week, s.day);
        for (size_t j = 0; j < i; ++j)
            if (log.sessions[j].week == s.week && log.sessions[j].day == s.day) return at + " is logged twice";
        if (i > 0 && std::tuple(log.sessions[i - 1].date, log.sessions[i - 1].week, log.sessions[i - 1].day) >
                         std::tuple(s.date, s.week, s.day))
            return "sessions are out of order at " + at;
        if (auto bad = check_in_problem(s.check_in); !bad.empty()) return at + ": " + bad;
        if (auto bad = note_problem(s.note); !bad.empty()) return at + ": the note " + bad;
        for (size_t k = 0; k < s.entries.size(); ++k) {
            const LogEntry& e = s.entries[k];
            if (e.slot >= limits::kMaxSlotsPerDay) return at + ": no such slot";
            if (k > 0 && s.entries[k - 1].slot >= e.slot) return at + ": entries must be in slot order, one per slot";
            if (!text::is_slug(e.exercise)) return at + ": not an exercise id";
            if (e.sets.empty() || e.sets.size() > static_cast<size_t>(log_limits::kMaxSets))
                return at + ": an exercise has 1-" + std::to_string(log_limits::kMaxSets) + " logged sets";
            for (const LoggedSet& set : e.sets)
                if (auto bad = set_problem(set); !bad.empty()) return at + ": " + bad;
        }
    }
    return {};
}

Result<Log> apply(const Log& log, const LogAction& action) { return std::visit(Apply{log}, action); }

}  // namespace failsafe
