// The gym log file (format "failsafe.log", docs/formats.md): read strictly like a plan file,
// with its own limits, and written with one exercise per line.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "failsafe/log.hpp"
#include "failsafe/log_analysis.hpp"
#include "json_reader.hpp"

namespace failsafe {
namespace {
using detail::json;
using detail::Reader;
constexpr detail::JsonLimits kLogLimits{kMaxLogBytes, 16, 64, kMaxLogTokens, kMaxLogMiB, "a log"};

std::string index_path(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

bool read_score(Reader& r, const json& v, const std::string& path, uint8_t& out) {
    int n = 0;
    if (!r.integer(v, path, log_limits::kMinScore, log_limits::kMaxScore, n)) return false;
    out = static_cast<uint8_t>(n);
    return true;
}

bool read_check_in(Reader& r, const json& v, const std::string& path, CheckIn& c) {
    if (!r.object(v, path, {"sleep", "motivation", "soreness"})) return false;
    if (v.contains("sleep") && !read_score(r, v["sleep"], path + ".sleep", c.sleep)) return false;
    if (v.contains("motivation") && !read_score(r, v["motivation"], path + ".motivation", c.motivation)) return false;
    if (!v.contains("soreness")) return true;
    const json& s = v["soreness"];
    if (!s.is_object()) return r.fail(path + ".soreness", "expected an object like {\"quads\": 3}, 1 (none) to 5 (very sore)");
    for (auto it = s.begin(); it != s.end(); ++it) {
        const std::string mp = path + ".soreness." + utf8::quote(it.key());
        const auto m = muscle_from_id(it.key());
        if (!m) return r.fail(mp, "unknown muscle (see docs/formats.md for the ids)");
        if (!read_score(r, it.value(), mp, c.soreness[index(*m)])) return false;
    }
    return true;
}

bool read_set(Reader& r, const json& v, const std::string& path, LoggedSet& s) {
    if (!r.object(v, path, {"reps", "rir", "load"})) return false;
    int n = 0;
    if (!v.contains("reps") || !r.integer(v["reps"], path + ".reps", 0, log_limits::kMaxReps, n))
        return r.fail(path + ".reps", "expected the reps done, 0 to " + std::to_string(log_limits::kMaxReps));
    s.reps = static_cast<uint8_t>(n);
    if (!v.contains("rir") || !r.integer(v["rir"], path + ".rir", 0, log_limits::kMaxRir, n))
        return r.fail(path + ".rir", "expected the reps in reserve reached, 0 (failure) to " + std::to_string(log_limits::kMaxRir));
    s.rir = static_cast<uint8_t>(n);
    if (v.contains("load") && !v["load"].is_null()) {
        float load = 0;
        if (!r.number(v["load"], path + ".load", 0, log_limits::kMaxLoad, load)) return false;
        s.load = quantize_load(load);
    }
    return true;
}

bool read_entry(Reader& r, const json& v, const std::string& path, LogEntry& e) {
    if (!r.object(v, path, {"slot", "exercise", "sets"})) return false;
    int slot = 0;
    if (!v.contains("slot") || !r.integer(v["slot"], path + ".slot", 0, limits::kMaxSlotsPerDay - 1, slot))
        return r.fail(path + ".slot", "expected the slot's index in the plan's day, 0 to " + std::to_string(limits::kMaxSlotsPerDay - 1));
    e.slot = static_cast<uint8_t>(slot);
    if (!v.contains("exercise") || !r.string(v["exercise"], path + ".exercise", limits::kMaxSlugLength, e.exercise) ||
        !text::is_slug(e.exercise))
        return r.fail(path + ".exercise", "expected an exercise id (a-z, 0-9 and '-')");
    const std::string sp = path + ".sets";
    if (!v.contains("sets") || !v["sets"].is_array() || v["sets"].empty() ||
        v["sets"].size() > static_cast<size_t>(log_limits::kMaxSets))
        return r.fail(sp, "expected a list of 1 to " + std::to_string(log_limits::kMaxSets) + " sets");
    for (size_t i = 0; i < v["sets"].size(); ++i)
        if (!read_set(r, v["sets"][i], index_path(sp, i), e.sets.emplace_back())) return false;
    return true;
}

bool read_session(Reader& r, const json& v, const std::string& path, Session& s) {
    if (!r.object(v, path, {"week", "day", "date", "check_in", "note", "entries"})) return false;
    int n = 0;
    if (!v.contains("week") || !r.integer(v["week"], path + ".week", 1, limits::kMaxWeeks, n))
        return r.fail(path + ".week", "expected the plan's week, 1 to " + std::to_string(limits::kMaxWeeks));
    s.week = static_cast<uint8_t>(n - 1);
    if (!v.contains("day") || !r.integer(v["day"], path + ".day", 0, limits::kDays - 1, n))
        return r.fail(path + ".day", "expected a day, 0 (Monday) to 6");
    s.day = static_cast<uint8_t>(n);
    const std::optional<Date> date = v.contains("date") && v["date"].is_string() ? date_from_iso(v["date"].get_ref<const std::string&>())
                                                                                 : std::nullopt;
    if (!date) return r.fail(path + ".date", "expected a date from 2000-01-01 to 2099-12-31, like \"2025-03-03\"");
    s.date = *date;
    if (v.contains("check_in") && !read_check_in(r, v["check_in"], path + ".check_in", s.check_in)) return false;
    if (v.contains("note")) {
        if (!r.string(v["note"], path + ".note", log_limits::kMaxNoteBytes, s.note)) return false;
        if (auto bad = note_problem(s.note); !bad.empty()) return r.fail(path + ".note", "text that " + bad);
    }
    if (!v.contains("entries")) return true;
    const json& list = v["entries"];
    const std::string ep = path + ".entries";
    if (!list.is_array() || list.size() > static_cast<size_t>(limits::kMaxSlotsPerDay))
        return r.fail(ep, "expected a list of up to " + std::to_string(limits::kMaxSlotsPerDay) + " exercises");
    for (size_t i = 0; i < list.size(); ++i) {
        LogEntry e;
        if (!read_entry(r, list[i], index_path(ep, i), e)) return false;
        for (const LogEntry& x : s.entries)
            if (x.slot == e.slot) return r.fail(index_path(ep, i) + ".slot", "slot " + std::to_string(e.slot) + " is logged twice in this session");
        s.entries.push_back(std::move(e));
    }
    std::sort(s.entries.begin(), s.entries.end(), [](const LogEntry& a, const LogEntry& b) { return a.slot < b.slot; });
    return true;
}

bool read_log(Reader& r, const json& doc, Log& log) {
    if (!doc.is_object()) return r.fail("", "expected an object");
    if (!doc.contains("format") || doc["format"] != "failsafe.log")
        return r.fail("format", "expected \"failsafe.log\" (is this a Failsafe log file?)");
    if (!doc.contains("version") || !doc["version"].is_number_integer()) return r.fail("version", "expected a format version number");
    const json& version = doc["version"];
    if (version.is_number_unsigned() ? version.get<uint64_t>() > static_cast<uint64_t>(kLogFormatVersion)
                                     : version.get<int64_t>() > kLogFormatVersion)
        return r.fail("version", "this log is a newer format, made by a newer Failsafe; this one reads version " +
                                     std::to_string(kLogFormatVersion));
    if (version.get<int64_t>() < 1) return r.fail("version", "expected " + std::to_string(kLogFormatVersion));
    if (!r.object(doc, "", {"format", "version", "plan", "unit", "sessions"})) return false;
    if (doc.contains("plan")) {
        if (!r.string(doc["plan"], "plan", limits::kMaxNameLength, log.plan)) return false;
        if (auto bad = name_problem(log.plan, true); !bad.empty()) return r.fail("plan", "text that " + bad);
    }
    if (doc.contains("unit") && !r.enumerated(doc["unit"], "unit", unit_from_id, text::list_ids(unit_id, kUnitCount), log.unit))
        return false;
    if (!doc.contains("sessions")) return true;
    const json& list = doc["sessions"];
    if (!list.is_array() || list.size() > static_cast<size_t>(log_limits::kMaxSessions))
        return r.fail("sessions", "expected a list of up to " + std::to_string(log_limits::kMaxSessions) + " sessions");
    for (size_t i = 0; i < list.size(); ++i) {
        Session s;
        const std::string path = index_path("sessions", i);
        if (!read_session(r, list[i], path, s)) return false;
        for (size_t j = 0; j < log.sessions.size(); ++j)
            if (log.sessions[j].week == s.week && log.sessions[j].day == s.day)
                return r.fail(path, "week " + std::to_string(s.week + 1) + " " + std::string(day_name(s.day)) + " is logged twice (also sessions[" +
                                        std::to_string(j) + "]); a log holds one pass through its plan");
        log.sessions.push_back(std::move(s));
    }
    // A hand-edited file may list sessions in any order; the log keeps them by date.
    std::stable_sort(log.sessions.begin(), log.sessions.end(), [](const Session& a, const Session& b) {
        return std::tuple(a.date, a.week, a.day) < std::tuple(b.date, b.week, b.day);
    });
    if (auto bad = validate_log(log); !bad.empty()) return r.fail("", bad);
    return true;
}

double rounded(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }

std::string written(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

json set_json(const LoggedSet& s) {
    json j{{"reps", s.reps}, {"rir", s.rir}};
    // Quarter steps are exact in binary; whole loads are written as integers ("80", not "80.0").
    if (s.load) j["load"] = *s.load == std::floor(*s.load) ? json(static_cast<int>(*s.load)) : json(static_cast<double>(*s.load));
    return j;
}

json check_in_json(const CheckIn& c) {
    json j = json::object();
    if (c.sleep) j["sleep"] = c.sleep;
    if (c.motivation) j["motivation"] = c.motivation;
    json sore = json::object();
    for (int m = 0; m < kMuscleCount; ++m)
        if (c.soreness[m]) sore[std::string(muscle_id(muscle_at(m)))] = c.soreness[m];
    if (!sore.empty()) j["soreness"] = std::move(sore);
    return j;
}
}  // namespace

// Spelled out like plan_from_json: a template shared by both cost the app 140 bytes of download.
Result<Log> log_from_json(std::string_view text) {
    json doc;
    if (auto bad = detail::parse_json(text, kLogLimits, doc); !bad.empty()) return Result<Log>::fail(bad);
    Reader reader;
    Log log;
    if (!read_log(reader, doc, log)) return Result<Log>::fail(reader.error);
    return log;
}

std::string log_to_json(const Log& log) {
    std::string out = "{\n  \"format\": \"failsafe.log\",\n  \"version\": " + std::to_string(kLogFormatVersion) + ",\n";
    out += "  \"plan\": " + written(json(log.plan)) + ",\n";
    out += "  \"unit\": \"" + std::string(unit_id(log.unit)) + "\",\n  \"sessions\": [";
    for (size_t i = 0; i < log.sessions.size(); ++i) {
        const Session& s = log.sessions[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    { \"week\": " + std::to_string(s.week + 1) + ", \"day\": " + std::to_string(s.day) + ", \"date\": \"" +
               date_iso(s.date) + "\"";
        if (!s.check_in.empty()) out += ",\n      \"check_in\": " + written(check_in_json(s.check_in));
        if (!s.note.empty()) out += ",\n      \"note\": " + written(json(s.note));
        out += ",\n      \"entries\": [";
        for (size_t k = 0; k < s.entries.size(); ++k) {
            const LogEntry& e = s.entries[k];
            json sets = json::array();
            for (const LoggedSet& set : e.sets) sets.push_back(set_json(set));
            out += (k == 0 ? "\n        " : ",\n        ") +
                   written(json{{"slot", e.slot}, {"exercise", e.exercise}, {"sets", std::move(sets)}});
        }
        out += s.entries.empty() ? "] }" : "\n      ] }";
    }
    return out + (log.sessions.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

std::string log_analysis_to_json(const Plan& plan, const Analysis& analysis, const LogAnalysis& la) {
    json weeks = json::array();
    for (size_t w = 0; w < la.weeks.size(); ++w) {
        json muscles = json::object();
        for (int m = 0; m < kMuscleCount; ++m) {
            const LoggedMuscleWeek& mw = la.weeks[w].muscles[m];
            const json planned = w < analysis.weeks.size() ? json(rounded(analysis.weeks[w].muscles[m].failure_sets)) : json(nullptr);
            muscles[std::string(muscle_id(muscle_at(m)))] =
                json{{"hard_sets", rounded(mw.hard_sets)}, {"failure_sets", rounded(mw.failure_sets)},
                     {"planned_failure_sets", planned}, {"failure_budget", rounded(mw.budget)}};
        }
        weeks.push_back(json{{"sessions", la.weeks[w].sessions}, {"muscles", std::move(muscles)}});
    }
    std::vector<const Finding*> order;
    for (const Finding& f : la.findings) order.push_back(&f);
    std::stable_sort(order.begin(), order.end(), [](const Finding* a, const Finding* b) { return a->severity < b->severity; });
    json findings = json::array();
    for (const Finding* f : order) findings.push_back(detail::finding_json(*f, log_finding_message(plan, *f), log_fix_label(*f)));
    return written(json{{"weeks", std::move(weeks)},
                        {"findings", std::move(findings)},
                        {"suggested_recovery", std::string(recovery_id(la.suggested_recovery))},
                        {"unmatched_entries", la.unmatched}}) +
           "\n";
}

}  // namespace failsafe
