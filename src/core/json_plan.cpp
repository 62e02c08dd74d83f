// The JSON plan format (docs/formats.md) and the analysis JSON, with nlohmann::json.
// Untrusted input: parsed without exceptions, every type checked before it is read.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "failsafe/formats.hpp"
#include "json_reader.hpp"

namespace failsafe {
namespace {
using detail::json;
using detail::Reader;
constexpr detail::JsonLimits kPlanLimits{kMaxJsonBytes, kMaxJsonDepth, kMaxJsonKeys, kMaxJsonTokens, kMaxJsonMiB, "a plan"};

bool read_reps(Reader& r, const json& v, const std::string& path, Reps& out) {
    const std::string expected = "expected a rep count (" + std::to_string(limits::kMinReps) + "-" +
                                 std::to_string(limits::kMaxReps) + ") or a range like \"8-12\"";
    if (v.is_number_integer()) {
        int n = 0;
        if (!r.integer(v, path, limits::kMinReps, limits::kMaxReps, n)) return false;
        out = {static_cast<uint8_t>(n), static_cast<uint8_t>(n)};
        return true;
    }
    if (!v.is_string()) return r.fail(path, expected);
    auto parts = text::split(v.get_ref<const std::string&>(), '-');
    int lo = 0, hi = 0;
    if (parts.size() == 1 && text::parse_int(parts[0], lo)) hi = lo;
    else if (parts.size() != 2 || !text::parse_int(parts[0], lo) || !text::parse_int(parts[1], hi)) return r.fail(path, expected);
    if (lo < limits::kMinReps || hi > limits::kMaxReps || lo > hi) return r.fail(path, expected);
    out = {static_cast<uint8_t>(lo), static_cast<uint8_t>(hi)};
    return true;
}

bool read_custom(Reader& r, const json& v, const std::string& path, Exercise& e) {
    if (!r.object(v, path, {"id", "name", "aliases", "equipment", "kind", "failure", "systemic", "muscles"})) return false;
    if (!v.contains("id") || !r.string(v["id"], path + ".id", limits::kMaxSlugLength, e.slug)) return r.fail(path + ".id", "expected an id");
    if (!text::is_slug(e.slug)) return r.fail(path + ".id", "use a-z, 0-9 and '-' only");
    if (!v.contains("name") || !r.string(v["name"], path + ".name", limits::kMaxNameLength, e.name) || e.name.empty())
        return r.fail(path + ".name", "expected a name of 1-" + std::to_string(limits::kMaxNameLength) + " characters");
    if (v.contains("aliases")) {
        const json& a = v["aliases"];
        if (!a.is_array() || a.size() > static_cast<size_t>(limits::kMaxAliases)) return r.fail(path + ".aliases", "expected up to " + std::to_string(limits::kMaxAliases) + " strings");
        for (size_t i = 0; i < a.size(); ++i) {
            std::string s;
            if (!r.string(a[i], path + ".aliases[" + std::to_string(i) + "]", limits::kMaxNameLength, s)) return false;
            e.aliases.push_back(s);
        }
    }
    e.equipment = Equipment::machine;
    const std::string equipment = text::list_ids(equipment_id, kEquipmentCount), kinds = text::list_ids(kind_id, kKindCount),
                      failure = text::list_ids(failure_class_id, kFailureClassCount);
    if (v.contains("equipment") && !r.enumerated(v["equipment"], path + ".equipment", equipment_from_id, equipment, e.equipment))
        return false;
    if (!v.contains("kind") || !r.enumerated(v["kind"], path + ".kind", kind_from_id, kinds, e.kind))
        return r.fail(path + ".kind", "expected one of " + kinds);
    if (!v.contains("failure") || !r.enumerated(v["failure"], path + ".failure", failure_class_from_id, failure, e.failure))
        return r.fail(path + ".failure", "expected one of " + failure);
    e.systemic = 0.2f;
    if (v.contains("systemic") && !r.number(v["systemic"], path + ".systemic", 0, 1, e.systemic)) return false;
    if (!v.contains("muscles") || !v["muscles"].is_object() || v["muscles"].empty())
        return r.fail(path + ".muscles", "expected an object like {\"quads\": 1, \"glutes\": 0.5}");
    for (auto it = v["muscles"].begin(); it != v["muscles"].end(); ++it) {
        auto m = muscle_from_id(it.key());
        const std::string mp = path + ".muscles." + utf8::quote(it.key());
        if (!m) return r.fail(mp, "unknown muscle (see docs/formats.md for the ids)");
        if (!r.number(it.value(), mp, 0, 1, e.muscles[index(*m)])) return false;
    }
    e = quantized(std::move(e));
    if (auto err = validate_exercise(e); !err.empty()) return r.fail(path, err);
    return true;
}

// A slot's fields in `v` (an object whose keys the caller has checked).
bool read_slot_fields(Reader& r, const json& v, const std::string& path, const Plan& plan, Slot& s) {
    if (!v.contains("exercise") || !v["exercise"].is_string()) return r.fail(path + ".exercise", "expected an exercise id");
    const std::string& id = v["exercise"].get_ref<const std::string&>();
    if (const Exercise* e = builtin_catalog().by_slug(id)) {
        s.exercise = e->code;
    } else {
        bool found = false;
        for (size_t i = 0; i < plan.custom_exercises.size() && !found; ++i)
            if (plan.custom_exercises[i].slug == id) s.exercise = custom_ref(static_cast<int>(i)), found = true;
        if (!found) return r.fail(path + ".exercise", "unknown exercise \"" + utf8::quote(id, limits::kMaxSlugLength) + "\" (not in the catalog or custom_exercises)");
    }
    int n = 0;
    if (!v.contains("sets") || !r.integer(v["sets"], path + ".sets", limits::kMinSets, limits::kMaxSets, n))
        return r.fail(path + ".sets", "expected an integer from " + std::to_string(limits::kMinSets) + " to " +
                                          std::to_string(limits::kMaxSets));
    s.sets = static_cast<uint8_t>(n);
    if (!v.contains("reps") || !read_reps(r, v["reps"], path + ".reps", s.reps)) return r.fail(path + ".reps", "expected a rep count");
    s.rir = 2;
    if (v.contains("rir")) {
        if (!r.integer(v["rir"], path + ".rir", 0, limits::kMaxRir, n)) return false;
        s.rir = static_cast<uint8_t>(n);
    }
    s.failure_sets = 0;
    if (v.contains("failure_sets")) {
        if (!r.integer(v["failure_sets"], path + ".failure_sets", 0, s.sets, n)) return false;
        s.failure_sets = static_cast<uint8_t>(n);
    }
    s.technique = Technique::none;
    if (v.contains("technique") && !v["technique"].is_null() &&
        !r.enumerated(v["technique"], path + ".technique", technique_from_id,
                      text::list_ids(technique_id, kTechniqueCount, ", ", 1), s.technique))
        return false;
    return true;
}

bool read_slot(Reader& r, const json& v, const std::string& path, const Plan& plan, Slot& s) {
    return r.object(v, path, {"exercise", "sets", "reps", "rir", "failure_sets", "technique"}) && read_slot_fields(r, v, path, plan, s);
}

// Seven days, Monday first, each a list of slots.
bool read_days(Reader& r, const json& v, const std::string& path, const Plan& plan, std::array<Day, limits::kDays>& days) {
    if (!v.is_array() || v.size() != static_cast<size_t>(limits::kDays))
        return r.fail(path, "expected exactly " + std::to_string(limits::kDays) + " days, " + std::string(day_name(0)) + " first");
    for (size_t d = 0; d < static_cast<size_t>(limits::kDays); ++d) {
        const json& day = v[d];
        const std::string dp = path + "[" + std::to_string(d) + "]";
        if (!day.is_array() || day.size() > static_cast<size_t>(limits::kMaxSlotsPerDay))
            return r.fail(dp, "expected a list of up to " + std::to_string(limits::kMaxSlotsPerDay) + " exercises ([] for a rest day)");
        for (size_t i = 0; i < day.size(); ++i) {
            Slot s;
            if (!read_slot(r, day[i], dp + "[" + std::to_string(i) + "]", plan, s)) return false;
            days[d].slots.push_back(s);
        }
    }
    return true;
}

// A week; version 2 adds `before_deload`, the days a deload week replaced.
bool read_week(Reader& r, const json& v, const std::string& wp, int version, const Plan& plan, Week& week) {
    if (version == 1 && !r.object(v, wp, {"deload", "days"})) return false;
    if (version == 2 && !r.object(v, wp, {"deload", "days", "before_deload"})) return false;
    if (v.contains("deload")) {
        if (!v["deload"].is_boolean()) return r.fail(wp + ".deload", "expected true or false");
        week.deload = v["deload"].get<bool>();
    }
    if (!v.contains("days")) return r.fail(wp + ".days", "expected exactly " + std::to_string(limits::kDays) + " days, " + std::string(day_name(0)) + " first");
    if (!read_days(r, v["days"], wp + ".days", plan, week.days)) return false;
    if (!v.contains("before_deload")) return true;
    if (!week.deload) return r.fail(wp + ".before_deload", "only a deload week keeps the days it replaced");
    week.before_deload.emplace();
    return read_days(r, v["before_deload"], wp + ".before_deload", plan, *week.before_deload);
}

// The format version of `doc`: 1 or 2 (kPlanFormatVersion); a newer one is refused by name.
bool read_version(Reader& r, const json& doc, int& version) {
    if (!doc.is_object()) return r.fail("", "expected an object");
    if (!doc.contains("format") || doc["format"] != "failsafe.plan")
        return r.fail("format", "expected \"failsafe.plan\" (is this a Failsafe plan file?)");
    if (!doc.contains("version") || !doc["version"].is_number_integer()) return r.fail("version", "expected a format version number");
    const int64_t v = doc["version"].is_number_unsigned() && doc["version"].get<uint64_t>() > 1000000u
                          ? 1000000
                          : doc["version"].get<int64_t>();
    if (v > kPlanFormatVersion)
        return r.fail("version", "this file is format " + std::to_string(v) + ", made by a newer Failsafe; this one reads up to " +
                                     std::to_string(kPlanFormatVersion));
    if (v < 1) return r.fail("version", "expected 1 or " + std::to_string(kPlanFormatVersion));
    version = static_cast<int>(v);
    return true;
}

// Version 2's settings; a version 1 file has none and keeps the defaults (docs/formats.md).
bool read_settings(Reader& r, const json& doc, Plan& plan) {
    plan.recovery = Recovery::typical;
    if (doc.contains("recovery") &&
        !r.enumerated(doc["recovery"], "recovery", recovery_from_id, text::list_ids(recovery_id, kRecoveryCount), plan.recovery))
        return false;
    plan.approach = Approach::conservative;
    if (doc.contains("approach") &&
        !r.enumerated(doc["approach"], "approach", approach_from_id, text::list_ids(approach_id, kApproachCount), plan.approach))
        return false;
    return true;
}

// Version 2's day names: 7 strings, Monday first, "" for a day without one.
bool read_day_names(Reader& r, const json& v, Plan& plan) {
    if (!v.is_array() || v.size() != static_cast<size_t>(limits::kDays))
        return r.fail("day_names", "expected exactly " + std::to_string(limits::kDays) + " names, " + std::string(day_name(0)) +
                                       " first (\"\" for a day without one)");
    for (int d = 0; d < limits::kDays; ++d) {
        const std::string path = "day_names[" + std::to_string(d) + "]";
        std::string& name = plan.day_names[static_cast<size_t>(d)];
        if (!r.string(v[static_cast<size_t>(d)], path, limits::kMaxDayNameLength, name)) return false;
        if (auto bad = day_name_problem(name); !bad.empty()) return r.fail(path, "the name of " + std::string(day_name(d)) + " " + bad);
    }
    return true;
}

// A list of week numbers (1-based, up to `weeks`) as a bit per week.
bool read_week_set(Reader& r, const json& v, const std::string& path, int weeks, uint16_t& out) {
    if (!v.is_array() || v.size() > static_cast<size_t>(limits::kMaxWeeks)) return r.fail(path, "expected a list of week numbers");
    for (size_t i = 0; i < v.size(); ++i) {
        int w = 0;
        if (!r.integer(v[i], path + "[" + std::to_string(i) + "]", 1, weeks, w)) return false;
        out = static_cast<uint16_t>(out | 1u << (w - 1));
    }
    return true;
}

bool read_progression(Reader& r, const json& b, Progression& p) {
    const std::string weeks = "expected 1 to " + std::to_string(limits::kMaxWeeks) + " weeks' reps in reserve, like [3, 2, 1, 0, 3]";
    if (!b.contains("rir") || !b["rir"].is_array() || b["rir"].empty() || b["rir"].size() > static_cast<size_t>(limits::kMaxWeeks))
        return r.fail("block.rir", weeks);
    for (size_t i = 0; i < b["rir"].size(); ++i) {
        int n = 0;
        if (!r.integer(b["rir"][i], "block.rir[" + std::to_string(i) + "]", 0, limits::kMaxRir, n)) return false;
        p.rir.push_back(static_cast<uint8_t>(n));
    }
    p.deload = true;
    if (b.contains("deload")) {
        if (!b["deload"].is_boolean()) return r.fail("block.deload", "expected true or false");
        p.deload = b["deload"].get<bool>();
    }
    if (auto bad = progression_problem(p); !bad.empty()) return r.fail("block.rir", bad);
    if (b.contains("failure_weeks") && !read_week_set(r, b["failure_weeks"], "block.failure_weeks", p.weeks(), p.failure_weeks))
        return false;
    int step = 0;
    if (b.contains("sets_step") && !r.integer(b["sets_step"], "block.sets_step", 0, kMaxSetsStep, step)) return false;
    p.sets_step = static_cast<uint8_t>(step);
    if (!b.contains("grow")) return true;
    const json& g = b["grow"];
    if (!g.is_array() || g.size() > static_cast<size_t>(kMuscleCount)) return r.fail("block.grow", "expected a list of muscle ids");
    for (size_t i = 0; i < g.size(); ++i) {
        Muscle m{};
        if (!r.enumerated(g[i], "block.grow[" + std::to_string(i) + "]", muscle_from_id, text::list_ids(muscle_id, kMuscleCount), m)) return false;
        p.grow |= 1u << index(m);
    }
    return true;
}

// One week's own value for a slot: its place (week 1-based, day 0-6, slot 0-based) and fields.
bool read_override(Reader& r, const json& v, const std::string& path, const Plan& plan, SlotOverride& o) {
    if (!r.object(v, path, {"week", "day", "slot", "exercise", "sets", "reps", "rir", "failure_sets", "technique"})) return false;
    int week = 0, day = 0, index = 0;
    if (!v.contains("week") || !r.integer(v["week"], path + ".week", 1, plan.block->progression.weeks(), week))
        return r.fail(path + ".week", "expected a week of the block, 1 to " + std::to_string(plan.block->progression.weeks()));
    if (!v.contains("day") || !r.integer(v["day"], path + ".day", 0, limits::kDays - 1, day))
        return r.fail(path + ".day", "expected a day, 0 (Monday) to 6");
    if (!v.contains("slot") || !r.integer(v["slot"], path + ".slot", 0, limits::kMaxSlotsPerDay - 1, index))
        return r.fail(path + ".slot", "expected a slot index of the day, from 0");
    o.week = static_cast<uint8_t>(week - 1);
    o.day = static_cast<uint8_t>(day);
    o.index = static_cast<uint8_t>(index);
    if (!read_slot_fields(r, v, path, plan, o.slot)) return false;
    if (auto bad = override_problem(plan, o); !bad.empty()) return r.fail(path, bad);
    return true;
}

// Version 2's training block (docs/formats.md): the base week, the progression and the
// overrides; the plan's weeks are then its expansion.
bool read_block(Reader& r, const json& b, Plan& plan) {
    if (!r.object(b, "block", {"base", "rir", "failure_weeks", "sets_step", "grow", "deload", "overrides"})) return false;
    Block& block = plan.block.emplace();
    if (!b.contains("base")) return r.fail("block.base", "expected the base week, {\"days\": [...]}");
    if (!r.object(b["base"], "block.base", {"days"})) return false;
    if (!b["base"].contains("days")) return r.fail("block.base.days", "expected exactly 7 days, Monday first");
    if (!read_days(r, b["base"]["days"], "block.base.days", plan, block.base.days)) return false;
    if (!read_progression(r, b, block.progression)) return false;
    if (b.contains("overrides")) {
        const json& list = b["overrides"];
        const size_t most = static_cast<size_t>(limits::kMaxWeeks * limits::kDays * limits::kMaxSlotsPerDay);
        if (!list.is_array() || list.size() > most) return r.fail("block.overrides", "expected a list of overrides");
        for (size_t i = 0; i < list.size(); ++i) {
            SlotOverride o;
            if (!read_override(r, list[i], "block.overrides[" + std::to_string(i) + "]", plan, o)) return false;
            if (!put_override(block, o, false))  // kept in order as they are read
                return r.fail("block.overrides", "two overrides of week " + std::to_string(o.week + 1) + ", " +
                                                     std::string(day_name(o.day)) + ", slot " + std::to_string(o.index));
        }
    }
    if (auto bad = block_problem(plan); !bad.empty()) return r.fail("block", bad);
    plan.weeks = expand_block(plan);
    return true;
}

bool read_plan(Reader& r, const json& doc, Plan& plan) {
    int version = 0;
    if (!read_version(r, doc, version)) return false;
    if (version == 1 && !r.object(doc, "", {"format", "version", "name", "level", "weeks", "custom_exercises", "budgets"}))
        return false;
    if (version == 2 && !r.object(doc, "", {"format", "version", "name", "level", "recovery", "approach", "day_names", "weeks",
                                            "custom_exercises", "budgets", "block"}))
        return false;
    plan.name = "Untitled plan";
    if (doc.contains("name") && !r.string(doc["name"], "name", limits::kMaxNameLength, plan.name)) return false;
    plan.level = Level::intermediate;
    if (doc.contains("level") && !r.enumerated(doc["level"], "level", level_from_id, text::list_ids(level_id, kLevelCount), plan.level))
        return false;
    if (!read_settings(r, doc, plan)) return false;
    if (doc.contains("day_names") && !read_day_names(r, doc["day_names"], plan)) return false;
    if (doc.contains("custom_exercises")) {
        const json& c = doc["custom_exercises"];
        if (!c.is_array() || c.size() > static_cast<size_t>(limits::kMaxCustomExercises))
            return r.fail("custom_exercises", "expected a list of up to " + std::to_string(limits::kMaxCustomExercises) + " exercises");
        for (size_t i = 0; i < c.size(); ++i) {
            Exercise e;
            if (!read_custom(r, c[i], "custom_exercises[" + std::to_string(i) + "]", e)) return false;
            plan.custom_exercises.push_back(std::move(e));
        }
    }
    if (doc.contains("budgets")) {
        const json& b = doc["budgets"];
        if (!b.is_object()) return r.fail("budgets", "expected an object keyed by muscle id");
        for (auto it = b.begin(); it != b.end(); ++it) {
            auto m = muscle_from_id(it.key());
            const std::string path = "budgets." + utf8::quote(it.key());
            if (!m) return r.fail(path, "unknown muscle");
            if (!r.object(it.value(), path, {"low", "high", "failure"})) return false;
            BudgetOverride o;
            const json& v = it.value();
            if (!v.contains("low") || !r.number(v["low"], path + ".low", 0, limits::kMaxBudgetSets, o.low)) return r.fail(path + ".low", "expected a number of sets");
            if (!v.contains("high") || !r.number(v["high"], path + ".high", 0, limits::kMaxBudgetSets, o.high)) return r.fail(path + ".high", "expected a number of sets");
            if (!v.contains("failure") || !r.number(v["failure"], path + ".failure", 0, limits::kMaxBudgetSets, o.failure))
                return r.fail(path + ".failure", "expected a number of sets");
            if (o.low > o.high) return r.fail(path, "low is above high");
            plan.budgets[index(*m)] = quantized(o);
        }
    }
    if (doc.contains("block")) {  // the weeks are derived from it
        if (doc.contains("weeks")) return r.fail("weeks", "a block's weeks follow from its progression; leave them out");
        if (!read_block(r, doc["block"], plan)) return false;
    } else {
        if (!doc.contains("weeks") || !doc["weeks"].is_array() || doc["weeks"].empty() ||
            doc["weeks"].size() > static_cast<size_t>(limits::kMaxWeeks))
            return r.fail("weeks", "expected a list of 1 to " + std::to_string(limits::kMaxWeeks) + " weeks");
        const json& weeks = doc["weeks"];
        plan.weeks.assign(weeks.size(), Week{});
        for (size_t w = 0; w < weeks.size(); ++w)
            if (!read_week(r, weeks[w], "weeks[" + std::to_string(w) + "]", version, plan, plan.weeks[w])) return false;
    }
    if (auto err = validate_plan(plan); !err.empty()) return r.fail("", err);
    return true;
}

// JSON text of `v`. Never aborts: a plan keeps the text rule (failsafe/utf8.hpp), and should an
// invalid string reach here anyway, its malformed bytes are written as U+FFFD.
std::string written(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

double rounded(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }
}  // namespace

Result<Plan> plan_from_json(std::string_view text) {
    json doc;
    if (auto bad = detail::parse_json(text, kPlanLimits, doc); !bad.empty()) return Result<Plan>::fail(bad);
    Reader reader;
    Plan plan;
    plan.weeks.clear();
    if (!read_plan(reader, doc, plan)) return Result<Plan>::fail(reader.error);
    return plan;
}

json slot_json(const Plan& plan, const Slot& s, json j = json::object()) {
    const Exercise* e = plan.exercise(s.exercise);
    j["exercise"] = e ? e->slug : std::string("unknown");
    j["sets"] = s.sets;
    if (s.reps.low == s.reps.high) j["reps"] = s.reps.low;
    else j["reps"] = reps_text(s.reps);
    j["rir"] = s.rir;
    if (s.failure_sets > 0) j["failure_sets"] = s.failure_sets;
    if (s.technique != Technique::none) j["technique"] = std::string(technique_id(s.technique));
    return j;
}

// Seven days, a slot per line, `in` being the indent of the list's closing bracket.
std::string days_json(const Plan& plan, const std::array<Day, limits::kDays>& days, const std::string& in) {
    std::string out = "[\n";
    for (int d = 0; d < limits::kDays; ++d) {
        const auto& slots = days[d].slots;
        out += in + "  [";
        for (size_t i = 0; i < slots.size(); ++i) out += (i == 0 ? "\n" : ",\n") + in + "    " + written(slot_json(plan, slots[i]));
        out += slots.empty() ? "]" : "\n" + in + "  ]";
        out += d + 1 < limits::kDays ? ",\n" : "\n";
    }
    return out + in + "]";
}

std::string weeks_json(const Plan& plan) {
    std::string out = "  \"weeks\": [\n";
    for (size_t w = 0; w < plan.weeks.size(); ++w) {
        const Week& week = plan.weeks[w];
        out += std::string("    { \"deload\": ") + (week.deload ? "true" : "false") + ",\n      \"days\": " + days_json(plan, week.days, "      ");
        if (week.before_deload) out += ",\n      \"before_deload\": " + days_json(plan, *week.before_deload, "      ");
        out += w + 1 < plan.weeks.size() ? " },\n" : " }\n";
    }
    return out + "  ]";
}

std::string block_json(const Plan& plan, const Block& b) {
    const Progression& p = b.progression;
    json failure = json::array(), grow = json::array();
    for (int w = 0; w < p.weeks(); ++w)
        if (p.failure_in(w)) failure.push_back(w + 1);
    for (int m = 0; m < kMuscleCount; ++m)
        if ((p.grow >> m) & 1u) grow.push_back(std::string(muscle_id(muscle_at(m))));
    std::string out = "  \"block\": {\n    \"base\": { \"days\": " + days_json(plan, b.base.days, "    ") + " },\n";
    out += "    \"rir\": " + written(json(p.rir)) + ",\n    \"failure_weeks\": " + written(failure) + ",\n";
    out += "    \"sets_step\": " + std::to_string(p.sets_step) + ",\n    \"grow\": " + written(grow) + ",\n";
    out += std::string("    \"deload\": ") + (p.deload ? "true" : "false") + ",\n    \"overrides\": [";
    for (size_t i = 0; i < b.overrides.size(); ++i) {
        const SlotOverride& o = b.overrides[i];
        const json place{{"week", o.week + 1}, {"day", o.day}, {"slot", o.index}};
        out += (i == 0 ? "\n      " : ",\n      ") + written(slot_json(plan, o.slot, place));
    }
    return out + (b.overrides.empty() ? "]\n  }" : "\n    ]\n  }");
}

// One slot, custom exercise or budget per line: readable and diff-friendly.
std::string plan_to_json(const Plan& plan) {
    std::string out = "{\n";
    out += "  \"format\": \"failsafe.plan\",\n";
    out += "  \"version\": " + std::to_string(kPlanFormatVersion) + ",\n";
    out += "  \"name\": " + written(json(plan.name)) + ",\n";
    out += "  \"level\": \"" + std::string(level_id(plan.level)) + "\",\n";
    out += "  \"recovery\": \"" + std::string(recovery_id(plan.recovery)) + "\",\n";
    out += "  \"approach\": \"" + std::string(approach_id(plan.approach)) + "\",\n";
    if (std::any_of(plan.day_names.begin(), plan.day_names.end(), [](const std::string& n) { return !n.empty(); }))
        out += "  \"day_names\": " + written(json(plan.day_names)) + ",\n";
    out += plan.block ? block_json(plan, *plan.block) : weeks_json(plan);
    if (!plan.custom_exercises.empty()) {
        out += ",\n  \"custom_exercises\": [";
        for (size_t i = 0; i < plan.custom_exercises.size(); ++i) {
            const Exercise& e = plan.custom_exercises[i];
            json j;
            j["id"] = e.slug;
            j["name"] = e.name;
            if (!e.aliases.empty()) j["aliases"] = e.aliases;
            j["equipment"] = std::string(equipment_id(e.equipment));
            j["kind"] = std::string(kind_id(e.kind));
            j["failure"] = std::string(failure_class_id(e.failure));
            j["systemic"] = rounded(e.systemic);
            json muscles = json::object();
            for (int m = 0; m < kMuscleCount; ++m)
                if (e.muscles[m] > 0) muscles[std::string(muscle_id(muscle_at(m)))] = rounded(e.muscles[m]);
            j["muscles"] = std::move(muscles);
            out += (i == 0 ? "\n    " : ",\n    ") + written(j);
        }
        out += "\n  ]";
    }
    bool first = true;
    for (int m = 0; m < kMuscleCount; ++m) {
        const auto& b = plan.budgets[m];
        if (!b) continue;
        out += first ? ",\n  \"budgets\": {\n    " : ",\n    ";
        out += "\"" + std::string(muscle_id(muscle_at(m))) + "\": " +
               written(json{{"low", rounded(b->low)}, {"high", rounded(b->high)}, {"failure", rounded(b->failure)}});
        first = false;
    }
    if (!first) out += "\n  }";
    return out + "\n}\n";
}

std::string analysis_to_json(const Plan& plan, const Analysis& a) {
    json weeks = json::array();
    for (const WeekAnalysis& w : a.weeks) {
        json muscles = json::object();
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = w.muscles[m];
            muscles[std::string(muscle_id(muscle_at(m)))] = json{
                {"hard_sets", rounded(mw.hard_sets)},         {"failure_sets", rounded(mw.failure_sets)},
                {"band_low", rounded(mw.budget.low)},         {"band_high", rounded(mw.budget.high)},
                {"failure_budget", rounded(mw.budget.failure)}, {"fatigue_peak", rounded(mw.fatigue_peak)}};
        }
        weeks.push_back(json{{"muscles", std::move(muscles)}, {"systemic_peak", rounded(w.systemic_peak)}});
    }
    json findings = json::array();
    for (const Finding* f : a.by_severity()) findings.push_back(detail::finding_json(*f, finding_message(plan, *f), fix_label(*f)));
    return written(json{{"weeks", std::move(weeks)}, {"findings", std::move(findings)}}) + "\n";
}

namespace detail {
json finding_json(const Finding& f, std::string message, std::string_view fix) {
    json j;
    j["code"] = std::string(f.code());
    j["severity"] = std::string(severity_id(f.severity));
    j["week"] = f.week >= 0 ? json(f.week) : json(nullptr);
    j["day"] = f.day >= 0 ? json(f.day) : json(nullptr);
    j["slot"] = f.slot >= 0 ? json(f.slot) : json(nullptr);
    j["muscle"] = f.muscle ? json(std::string(muscle_id(*f.muscle))) : json(nullptr);
    j["message"] = std::move(message);
    j["fix"] = f.fix ? json(std::string(fix)) : json(nullptr);
    return j;
}
}  // namespace detail

}  // namespace failsafe
