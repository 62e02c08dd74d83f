// failsafe/log.hpp - the gym log: what was done, session by session, tied to a plan's weeks, days
// and slots; the check-in before each session; edits to it as data (a logged set can be
// corrected); and where each entry sits in the plan as it reads now. docs/model.md ("The log")
// gives the rules, docs/formats.md the file (format "failsafe.log", version 1).
// Units: reps and RIR are counts (RIR 0 = failure); load is in the log's unit; dates are days.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/muscles.hpp"
#include "failsafe/plan.hpp"
#include "failsafe/result.hpp"

namespace failsafe {

enum class Unit : uint8_t { kg, lb };
inline constexpr int kUnitCount = 2;
static_assert(static_cast<int>(Unit::lb) + 1 == kUnitCount, "kUnitCount counts Unit");
std::string_view unit_id(Unit u);  // "kg", "lb"
std::optional<Unit> unit_from_id(std::string_view id);

// Limits shared by the log's edits and its file.
namespace log_limits {
inline constexpr int kMaxSets = limits::kMaxSets;  // logged sets per exercise in a session
inline constexpr int kMaxReps = limits::kMaxReps;  // reps done, 0 (not one rep made) to 100
inline constexpr int kMaxRir = 10;                 // reps in reserve reached, 0 (failure) to 10
inline constexpr float kMaxLoad = 1000.f;          // load, 0 to 1000 in the log's unit
inline constexpr int kLoadSteps = 4;               // loads are kept in quarter units (1.25 kg plates)
inline constexpr int kMinScore = 1, kMaxScore = 5; // check-in scores
inline constexpr size_t kMaxNoteBytes = 1000;      // a session's note, valid UTF-8
inline constexpr int kMinYear = 2000, kMaxYear = 2099;
// One session per planned day of the longest plan: a log holds one pass through its plan.
inline constexpr int kMaxSessions = limits::kMaxWeeks * limits::kDays;
}  // namespace log_limits

// A calendar date: days since 1970-01-01 (proleptic Gregorian).
using Date = int32_t;
// "2025-03-03" -> its date; nullopt for anything else (a day the month lacks, a year outside
// 2000-2099, another layout).
std::optional<Date> date_from_iso(std::string_view text);
// A calendar day (month 1-12, day 1-31) -> its date; nullopt for a day the month lacks or a
// year outside 2000-2099. The platform says which day it is where the user is (local time).
std::optional<Date> date_from_civil(int year, int month, int day);
std::string date_iso(Date d);  // "2025-03-03"
int weekday(Date d);           // 0 = Monday .. 6 = Sunday

struct LoggedSet {
    uint8_t reps = 0;           // reps done
    uint8_t rir = 0;            // reps in reserve reached: 0 = failure
    std::optional<float> load;  // in the log's unit, quarter steps; none when not noted
    bool operator==(const LoggedSet&) const = default;
    bool failure() const { return rir == 0; }
};
float quantize_load(float load);  // to quarter units
// A load as a lifter writes it, with its unit: "10 kg", "12.5 kg", "101.25 lb" (never "10.00").
std::string load_text(float load, Unit unit);
// A load stepper's step: 2.5 kg or 5 lb, the smallest jump most gyms' plates make (a 1.25 kg or
// 2.5 lb plate a side); finer loads (microplates) can still be imported and are kept.
float load_step(Unit unit);

// One exercise's sets in a session, where it was logged: the slot's index in the plan's day and
// its exercise id at that time. Both are kept when the plan changes (see LogMatch).
struct LogEntry {
    uint8_t slot = 0;
    std::string exercise;  // catalog or custom exercise id ("bench-press")
    std::vector<LoggedSet> sets;
    bool operator==(const LogEntry&) const = default;
};

// Before a session, 1-5 each; 0 = not given. Sleep and motivation: 1 very poor .. 5 very good.
// Soreness of a muscle about to be trained: 1 none .. 5 very sore.
struct CheckIn {
    uint8_t sleep = 0, motivation = 0;
    PerMuscle<uint8_t> soreness{};
    bool operator==(const CheckIn&) const = default;
    bool empty() const { return *this == CheckIn{}; }
};

struct Session {
    uint8_t week = 0, day = 0;  // the plan's week (0-based) and day (0 = Monday) it performs
    Date date = 0;              // when it was done
    CheckIn check_in;
    std::string note;
    std::vector<LogEntry> entries;  // by slot, at most one per slot
    bool operator==(const Session&) const = default;
};

struct Log {
    std::string plan;  // the name of the plan it was logged against (a file refers to it by name)
    Unit unit = Unit::kg;
    std::vector<Session> sessions;  // in order of date, then week and day; one per week and day
    bool operator==(const Log&) const = default;

    const Session* session(int week, int day) const;  // nullptr when not logged
};

// Checks every limit and the order and uniqueness of sessions and entries; empty when valid.
std::string validate_log(const Log& log);
// What is wrong with a session's note ("is longer than 1000 bytes"); empty when it keeps the
// text rule: valid UTF-8, no control character but the line break.
std::string note_problem(std::string_view note);

// ---- edits, as data (like act:: for plans) -------------------------------------------------
namespace logact {
// Logs a set: opens the session (on `date`; an open session keeps its own) and the entry when
// needed. Refused when the slot already holds another exercise in that session.
struct AddSet { int week, day; Date date; int slot; std::string exercise; LoggedSet set; };
struct CorrectSet { int week, day, slot, index; LoggedSet set; };  // replaces a logged set
struct RemoveSet { int week, day, slot, index; };  // an entry left empty goes; so does an empty session
struct SetNote { int week, day; Date date; std::string note; };
struct SetCheckIn { int week, day; Date date; CheckIn check_in; };
}  // namespace logact
using LogAction = std::variant<logact::AddSet, logact::CorrectSet, logact::RemoveSet, logact::SetNote, logact::SetCheckIn>;

// The edited log, or why the edit does not apply (the input is never changed).
Result<Log> apply(const Log& log, const LogAction& action);

// ---- two tabs' edits to one log ------------------------------------------------------------
// `mine` and `theirs` each grew from `base` (the version both last saw); the merge keeps the
// changes of both. A logged set is known by its session (week, day), slot and place in the
// slot's list: sets either side added are all kept (theirs first, then mine), a set corrected
// or removed on one side and left as it was on the other takes that change; on a set changed on
// both sides theirs stands (two sides that made the very same change made it once). A session's
// check-in and note, and the log's unit, take the side that changed them (mine when both did).
// A slot holding another exercise on each side keeps theirs; never more than
// log_limits::kMaxSets sets in a slot.
Log merge_logs(const Log& base, const Log& mine, const Log& theirs);

// ---- the log file (format "failsafe.log", version 1; docs/formats.md) ----------------------
inline constexpr int kLogFormatVersion = 1;
// The largest log (every session of a 16-week plan, 24 exercises of 10 sets each, notes of 1000
// bytes) is about 1.5 MB and 220,000 values (log_test.cpp reads it): the file's limits.
inline constexpr size_t kMaxLogMiB = 2;
inline constexpr size_t kMaxLogBytes = kMaxLogMiB << 20;
inline constexpr size_t kMaxLogTokens = 250'000;

std::string log_to_json(const Log& log);            // pretty, a session's entry per line, stable order
Result<Log> log_from_json(std::string_view text);    // errors name the line/column or path

// ---- the log against the plan as it reads now ------------------------------------------------
// An entry matches the slot at its position when that slot still holds its exercise, else the
// first slot of the same week and day holding it that no other entry of the session matches.
// Otherwise it is unmatched (a week or day the plan no longer has, an exercise moved to another
// day or removed): it is kept and still counts for its muscles, but has no plan to compare with.
struct MatchedEntry {
    const Session* session = nullptr;
    const LogEntry* entry = nullptr;
    const Slot* slot = nullptr;          // the plan's slot; nullptr when unmatched
    int slot_index = -1;                 // its index in the plan's day; -1 when unmatched
    const Exercise* exercise = nullptr;  // the plan's custom exercise or the catalog's; nullptr when unknown
};
// Every entry, sessions in the log's order. `plan` and `log` must outlive the result.
std::vector<MatchedEntry> match_log(const Plan& plan, const Log& log);

}  // namespace failsafe
