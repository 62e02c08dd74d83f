// Share links: the plan as compact binary in the URL fragment (docs/formats.md, "Share links").
//
// Version 2 layout (all integers are unsigned LEB128 varints unless noted):
//   u8 version=2 | string name | u8 flags (bits 0-1 level, bit 2 custom exercises, bit 3 budgets,
//              bits 4-5 recovery, bit 6 approach, bit 7 a training block; docs/formats.md)
//   [customs]  count, then per exercise: string slug, string name, count + strings aliases,
//              u8 (equipment | kind << 3 | failure << 4), u8 systemic in 0.05 steps,
//              count, then per worked muscle u8 muscle index, u8 weight in 0.05 steps
//   [budgets]  u16 muscle mask (LE), then per set bit: low, high, failure in half sets
//   weeks count, then per week: u8 header (bit 0 deload, bit 1 "same days as week N" + N, bit 2
//              the days a deload replaced follow the week's own) and, unless bit 1, the days:
//   days:      a day mask (7 bits; bit 7, on the first days written only: the day names follow
//              the mask: u8 mask of named days, then each name as a string) and, per training
//              day, a token: 1..24 = that many new slots
//              follow; 25 = the same exercises as this day of the previous week, each slot
//              without its exercise ref; 32 + i = same slots as the i-th encoded day
//   [block]    with flag bit 7, instead of the weeks: the base week's days; u8 weeks (bits 0-4)
//              | final deload << 5 | sets step << 6; the RIR of each week, 3 bits each from the
//              lowest bit, in whole bytes (unused bits 0); failure weeks mask; grow muscle mask;
//              overrides count, then per override (by week, day, slot; one per place): u8 week |
//              day << 4, u8 slot index, slot. The plan's weeks are the block's expansion.
//   slot:      exercise ref (code, or custom 0x8000|i), u8 (sets-1) | rir << 4 | extra << 7,
//              u8 reps low | range << 7 [u8 reps high], [u8 failure_sets | technique << 4]
//   u24 check  CRC-32 of everything before it, low 24 bits (LE)
// Version 1 is the same but for the flags: bits 4-7 are unused (must be 0), week header bit 2
// and day mask bit 7 too, and the plan has the default settings. A bit a version does not define is damage.
#include <array>
#include <cstring>
#include <optional>

#include "failsafe/formats.hpp"
#include "failsafe/utf8.hpp"

namespace failsafe {
namespace {
using R = Result<Plan>;

uint32_t crc32(const uint8_t* data, size_t n) {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// ---- base64url (no padding) ---------------------------------------------------------------
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(const std::vector<uint8_t>& in) {
    std::string out;
    out.reserve((in.size() * 4 + 2) / 3);
    for (size_t i = 0; i < in.size(); i += 3) {
        const uint32_t n = (uint32_t(in[i]) << 16) | (i + 1 < in.size() ? uint32_t(in[i + 1]) << 8 : 0) |
                           (i + 2 < in.size() ? uint32_t(in[i + 2]) : 0);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        if (i + 1 < in.size()) out += kAlphabet[(n >> 6) & 63];
        if (i + 2 < in.size()) out += kAlphabet[n & 63];
    }
    return out;
}

bool unbase64url(std::string_view in, std::vector<uint8_t>& out) {
    if (in.size() % 4 == 1) return false;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        int v = -1;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '-' || c == '+') v = 62;
        else if (c == '_' || c == '/') v = 63;
        if (v < 0) return false;
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<uint8_t>(acc >> bits));
        }
    }
    return (acc & ((1u << bits) - 1)) == 0;  // unused low bits must be zero: anything else is damage
}

// ---- writer ---------------------------------------------------------------------------------
struct Writer {
    std::vector<uint8_t> bytes;
    void u8(unsigned v) { bytes.push_back(static_cast<uint8_t>(v)); }
    void varint(uint32_t v) {
        while (v >= 0x80) {
            u8((v & 0x7F) | 0x80);
            v >>= 7;
        }
        u8(v);
    }
    void string(const std::string& s) {
        varint(static_cast<uint32_t>(s.size()));
        bytes.insert(bytes.end(), s.begin(), s.end());
    }
};

// Link format 1 stores weights in 0.05 steps and budgets in half sets: the plan's quantisation.
static_assert(kWeightSteps == 20 && kSetSteps == 2, "a new quantisation needs a new link format");

// A quantized value as its whole number of steps (`per_unit` steps make 1.0).
uint8_t steps(float v, int per_unit) { return static_cast<uint8_t>(v * static_cast<float>(per_unit) + 0.5f); }
float from_steps(unsigned n, int per_unit) { return static_cast<float>(n) / static_cast<float>(per_unit); }

void write_custom(Writer& w, const Exercise& e) {
    w.string(e.slug);
    w.string(e.name);
    w.varint(static_cast<uint32_t>(e.aliases.size()));
    for (const auto& a : e.aliases) w.string(a);
    w.u8(static_cast<unsigned>(e.equipment) | static_cast<unsigned>(e.kind) << 3 | static_cast<unsigned>(e.failure) << 4);
    w.u8(steps(e.systemic, kWeightSteps));
    int worked = 0;
    for (float m : e.muscles) worked += m > 0;
    w.varint(static_cast<uint32_t>(worked));
    for (int m = 0; m < kMuscleCount; ++m)
        if (e.muscles[m] > 0) {
            w.u8(static_cast<unsigned>(m));
            w.u8(steps(e.muscles[m], kWeightSteps));
        }
}

void write_slot(Writer& w, const Slot& s, bool with_exercise = true) {
    if (with_exercise) w.varint(s.exercise);
    const bool extra = s.failure_sets > 0 || s.technique != Technique::none;
    w.u8(static_cast<unsigned>(s.sets - 1) | static_cast<unsigned>(s.rir) << 4 | (extra ? 0x80u : 0u));
    const bool range = s.reps.low != s.reps.high;
    w.u8(s.reps.low | (range ? 0x80u : 0u));
    if (range) w.u8(s.reps.high);
    if (extra) w.u8(static_cast<unsigned>(s.failure_sets) | static_cast<unsigned>(s.technique) << 4);
}

// ---- reader ---------------------------------------------------------------------------------
struct Reader {
    const uint8_t* p;
    const uint8_t* end;
    std::string error;
    bool fail(std::string why) {
        if (error.empty()) error = std::move(why);
        return false;
    }
    bool u8(unsigned& v) {
        if (p >= end) return fail("the link is cut short");
        v = *p++;
        return true;
    }
    bool varint(uint32_t& v, uint32_t max) {
        v = 0;
        for (int shift = 0; shift < 28; shift += 7) {
            unsigned b = 0;
            if (!u8(b)) return false;
            v |= (b & 0x7F) << shift;
            if (!(b & 0x80)) return v <= max || fail("a number in the link is out of range");
        }
        return fail("a number in the link is too long");
    }
    // A length-prefixed string; `field` names it in messages ("the plan name").
    bool string(std::string& s, size_t max, const std::string& field) {
        uint32_t n = 0;
        if (!varint(n, static_cast<uint32_t>(max))) return fail(field + " in the link is too long");
        if (static_cast<size_t>(end - p) < n) return fail("the link is cut short");
        s.assign(reinterpret_cast<const char*>(p), n);
        p += n;
        return utf8::valid(s) || fail(field + " in the link is not valid UTF-8 text; the link is damaged");
    }
};

bool read_custom(Reader& r, Exercise& e, uint32_t index) {
    uint32_t n = 0;
    unsigned b = 0;
    const std::string which = "custom exercise " + std::to_string(index + 1);
    if (!r.string(e.slug, limits::kMaxSlugLength, "the id of " + which) ||
        !r.string(e.name, limits::kMaxNameLength, "the name of " + which))
        return false;
    if (!r.varint(n, limits::kMaxAliases)) return false;
    for (uint32_t i = 0; i < n; ++i) {
        std::string a;
        if (!r.string(a, limits::kMaxNameLength, "alias " + std::to_string(i + 1) + " of " + which)) return false;
        e.aliases.push_back(std::move(a));
    }
    if (!r.u8(b)) return false;
    if ((b & 7) >= kEquipmentCount || ((b >> 4) & 3) >= kFailureClassCount || (b >> 6)) return r.fail("a custom exercise is damaged");
    e.equipment = static_cast<Equipment>(b & 7);
    e.kind = static_cast<Kind>((b >> 3) & 1);
    e.failure = static_cast<FailureClass>((b >> 4) & 3);
    if (!r.u8(b) || b > kWeightSteps) return r.fail("a custom exercise is damaged");  // at most 1.0
    e.systemic = from_steps(b, kWeightSteps);
    if (!r.varint(n, kMaxMusclesPerExercise)) return false;
    for (uint32_t i = 0; i < n; ++i) {
        unsigned m = 0, w = 0;
        if (!r.u8(m) || !r.u8(w) || m >= kMuscleCount || w > kWeightSteps) return r.fail("a custom exercise is damaged");
        e.muscles[m] = from_steps(w, kWeightSteps);
    }
    e = quantized(std::move(e));
    if (auto err = validate_exercise(e); !err.empty()) return r.fail("a custom exercise is damaged: " + err);
    return true;
}

// Reads a slot; `exercise` is given when the day repeats last week's exercises.
bool read_slot(Reader& r, Slot& s, std::optional<ExerciseRef> exercise = std::nullopt) {
    uint32_t ref = exercise.value_or(0);
    unsigned a = 0, b = 0, c = 0;
    if (!exercise && !r.varint(ref, 0xFFFF)) return false;
    if (!r.u8(a) || !r.u8(b)) return false;
    s.exercise = static_cast<ExerciseRef>(ref);
    s.sets = static_cast<uint8_t>((a & 0x0F) + 1);
    s.rir = static_cast<uint8_t>((a >> 4) & 0x07);
    s.reps.low = s.reps.high = static_cast<uint8_t>(b & 0x7F);
    if (b & 0x80) {
        if (!r.u8(c)) return false;
        s.reps.high = static_cast<uint8_t>(c);
    }
    if (a & 0x80) {
        if (!r.u8(c)) return false;
        s.failure_sets = static_cast<uint8_t>(c & 0x0F);
        if ((c >> 4) >= kTechniqueCount) return r.fail("a technique in the link is unknown");
        s.technique = static_cast<Technique>(c >> 4);
    }
    return true;
}

// The flags byte after the plan name.
constexpr unsigned kLevelMask = 3, kCustomsBit = 4, kBudgetsBit = 8;
constexpr unsigned kRecoveryShift = 4, kApproachShift = 6;  // version 2
constexpr unsigned kBlockBit = 0x80;                         // version 2: a block instead of weeks
static_assert(kRecoveryCount <= 4 && kApproachCount <= 2, "the settings fit their bits");

// Level and settings from the flags of a link of `version` (1 or 2). Refuses a bit the version
// does not define and a value no writer makes.
bool read_flags(Reader& r, unsigned version, unsigned flags, Plan& plan) {
    const unsigned defined = version == 1 ? 0x0Fu : 0xFFu;
    if (flags & ~defined)
        return r.fail("the link is damaged: it sets flags that link format " + std::to_string(version) + " does not have");
    if ((flags & kLevelMask) >= kLevelCount) return r.fail("the link is damaged (unknown level)");
    plan.level = static_cast<Level>(flags & kLevelMask);
    if (version == 1) return true;  // the default settings
    const unsigned recovery = (flags >> kRecoveryShift) & 3;
    if (recovery >= kRecoveryCount) return r.fail("the link is damaged (unknown recovery)");
    plan.recovery = static_cast<Recovery>(recovery);
    plan.approach = static_cast<Approach>((flags >> kApproachShift) & 1);
    return true;
}

constexpr uint32_t kSameExercises = 25;
constexpr uint32_t kDayRefBase = 32;
static_assert(kSameExercises > limits::kMaxSlotsPerDay, "a day's slot count never reads as a day token");

bool same_exercises(const Day& a, const Day& b) {
    if (a.slots.size() != b.slots.size()) return false;
    for (size_t i = 0; i < a.slots.size(); ++i)
        if (a.slots[i].exercise != b.slots[i].exercise) return false;
    return true;
}
// Week header bits.
constexpr unsigned kDeloadBit = 1, kSameWeekBit = 2, kBeforeDeloadBit = 4;

// Day mask bit 7, on the first days of a link: the plan's day names follow the mask.
constexpr unsigned kDayNamesBit = 0x80;

// Writes a week's days (day mask, then a token per training day), naming each day it has
// written so that a later equal day is a 1-byte reference.
struct DaysWriter {
    Writer& w;
    std::vector<const Day*> encoded;  // in order: targets of day references
    const std::array<std::string, limits::kDays>* names = nullptr;  // the plan's day names, until written

    // `previous`: the days of the week before, whose exercises a day may repeat.
    void days(const std::array<Day, limits::kDays>& week, const std::array<Day, limits::kDays>* previous) {
        unsigned mask = 0, named = 0;
        for (int d = 0; d < limits::kDays; ++d) {
            if (!week[d].slots.empty()) mask |= 1u << d;
            if (names && !(*names)[d].empty()) named |= 1u << d;
        }
        w.u8(mask | (named ? kDayNamesBit : 0u));
        if (named) {
            w.u8(named);
            for (int d = 0; d < limits::kDays; ++d)
                if (named & (1u << d)) w.string((*names)[d]);
        }
        names = nullptr;  // only the first days carry them
        for (int d = 0; d < limits::kDays; ++d) {
            const Day& day = week[d];
            if (day.slots.empty()) continue;
            size_t ref = encoded.size();
            for (size_t k = 0; k < encoded.size() && ref == encoded.size(); ++k)
                if (*encoded[k] == day) ref = k;
            if (ref != encoded.size()) {
                w.varint(static_cast<uint32_t>(kDayRefBase + ref));
                continue;
            }
            encoded.push_back(&day);
            const bool repeat = previous && same_exercises((*previous)[d], day);
            w.varint(repeat ? kSameExercises : static_cast<uint32_t>(day.slots.size()));
            for (const Slot& s : day.slots) write_slot(w, s, !repeat);
        }
    }
};

void write_week(DaysWriter& out, const Plan& plan, size_t wi) {
    const Week& week = plan.weeks[wi];
    const auto* previous = wi > 0 ? &plan.weeks[wi - 1].days : nullptr;
    size_t same = wi;
    for (size_t k = 0; k < wi && same == wi; ++k)
        if (plan.weeks[k].days == week.days) same = k;
    out.w.u8((week.deload ? kDeloadBit : 0u) | (same != wi ? kSameWeekBit : 0u) | (week.before_deload ? kBeforeDeloadBit : 0u));
    if (same != wi) out.w.varint(static_cast<uint32_t>(same));
    else out.days(week.days, previous);
    if (week.before_deload) out.days(*week.before_deload, previous);
}

// The progression's first byte: weeks (bits 0-4), final deload (bit 5), sets step (bits 6-7).
constexpr unsigned kWeeksMask = 0x1F, kBlockDeloadBit = 0x20, kStepShift = 6;
constexpr int kRirBits = 3;  // reps in reserve, packed from the lowest bit of the first byte
static_assert(limits::kMaxWeeks <= kWeeksMask && kMaxSetsStep < 4 && limits::kMaxRir < (1 << kRirBits), "a block fits its bits");
constexpr uint32_t kMaxOverrides = limits::kMaxWeeks * limits::kDays * limits::kMaxSlotsPerDay;

void write_block(DaysWriter& out, const Block& b) {
    Writer& w = out.w;
    out.days(b.base.days, nullptr);
    const Progression& p = b.progression;
    w.u8(static_cast<unsigned>(p.weeks()) | (p.deload ? kBlockDeloadBit : 0u) | static_cast<unsigned>(p.sets_step) << kStepShift);
    uint32_t acc = 0;
    int bits = 0;
    for (uint8_t rir : p.rir) {
        acc |= static_cast<uint32_t>(rir) << bits;
        for (bits += kRirBits; bits >= 8; bits -= 8, acc >>= 8) w.u8(acc & 0xFF);
    }
    if (bits > 0) w.u8(acc);
    w.varint(p.failure_weeks);
    w.varint(p.grow);
    w.varint(static_cast<uint32_t>(b.overrides.size()));
    for (const SlotOverride& o : b.overrides) {
        w.u8(static_cast<unsigned>(o.week) | static_cast<unsigned>(o.day) << 4);
        w.u8(o.index);
        write_slot(w, o.slot);
    }
}

// Reads what DaysWriter wrote, keeping every day it reads for the references that follow.
struct DaysReader {
    Reader& r;
    unsigned version;
    std::vector<Day> encoded;
    std::array<std::string, limits::kDays>* names = nullptr;  // the plan's day names, until read

    bool read_names();  // after a day mask with kDayNamesBit
    bool days(std::array<Day, limits::kDays>& week, const std::array<Day, limits::kDays>* previous) {
        unsigned mask = 0;
        if (!r.u8(mask)) return false;
        const bool with_names = (mask & kDayNamesBit) && names && version >= 2;
        if (mask > 0x7F && !with_names) return r.fail("the link is damaged (day mask)");
        if (with_names && !read_names()) return false;
        names = nullptr;
        mask &= 0x7F;
        for (int d = 0; d < limits::kDays; ++d) {
            if (!(mask & (1u << d))) continue;
            uint32_t token = 0;
            if (!r.varint(token, kDayRefBase + 2 * limits::kMaxWeeks * limits::kDays)) return false;
            if (token >= kDayRefBase) {
                if (token - kDayRefBase >= encoded.size()) return r.fail("the link is damaged (day reference)");
                week[d] = encoded[token - kDayRefBase];
                continue;
            }
            if (token == kSameExercises) {
                if (!previous || (*previous)[d].slots.empty()) return r.fail("the link is damaged (day repeat)");
                for (const Slot& last : (*previous)[d].slots) {
                    Slot s;
                    if (!read_slot(r, s, last.exercise)) return false;
                    week[d].slots.push_back(s);
                }
            } else {
                if (token == 0 || token > static_cast<uint32_t>(limits::kMaxSlotsPerDay)) return r.fail("the link is damaged (slot count)");
                for (uint32_t i = 0; i < token; ++i) {
                    Slot s;
                    if (!read_slot(r, s)) return false;
                    week[d].slots.push_back(s);
                }
            }
            encoded.push_back(week[d]);
        }
        return true;
    }
};

bool DaysReader::read_names() {
    unsigned named = 0;
    if (!r.u8(named) || named == 0 || named > 0x7F) return r.fail("the link is damaged (day names)");
    for (int d = 0; d < limits::kDays; ++d) {
        if (!(named & (1u << d))) continue;
        std::string& name = (*names)[static_cast<size_t>(d)];
        const std::string field = "the name of " + std::string(day_name(d));
        if (!r.string(name, limits::kMaxDayNameLength, field)) return false;
        if (auto bad = day_name_problem(name); !bad.empty() || name.empty())
            return r.fail(field + " in the link " + (bad.empty() ? std::string("is empty") : bad) + "; the link is damaged");
    }
    return true;
}

bool read_week(DaysReader& in, Plan& plan, uint32_t wi) {
    Reader& r = in.r;
    Week& week = plan.weeks[wi];
    const auto* previous = wi > 0 ? &plan.weeks[wi - 1].days : nullptr;
    unsigned header = 0;
    const unsigned defined = kDeloadBit | kSameWeekBit | (in.version >= 2 ? kBeforeDeloadBit : 0u);
    if (!r.u8(header) || (header & ~defined)) return r.fail("the link is damaged (week header)");
    if ((header & kBeforeDeloadBit) && !(header & kDeloadBit)) return r.fail("the link is damaged (week header)");
    week.deload = header & kDeloadBit;
    if (header & kSameWeekBit) {
        uint32_t same = 0;
        if (wi == 0 || !r.varint(same, wi - 1)) return r.fail("the link is damaged (week reference)");
        week.days = plan.weeks[same].days;
    } else if (!in.days(week.days, previous)) {
        return false;
    }
    if (!(header & kBeforeDeloadBit)) return true;
    return in.days(week.before_deload.emplace(), previous);
}

bool read_progression(Reader& r, Progression& p) {
    unsigned head = 0;
    if (!r.u8(head)) return false;
    const unsigned weeks = head & kWeeksMask;
    if (weeks == 0 || weeks > static_cast<unsigned>(limits::kMaxWeeks)) return r.fail("the link is damaged (a block of " + std::to_string(weeks) + " weeks)");
    p.deload = head & kBlockDeloadBit;
    p.sets_step = static_cast<uint8_t>(head >> kStepShift);
    uint32_t acc = 0;
    int bits = 0;
    for (unsigned i = 0; i < weeks; ++i) {
        for (unsigned b = 0; bits < kRirBits; bits += 8) {
            if (!r.u8(b)) return false;
            acc |= b << bits;
        }
        p.rir.push_back(static_cast<uint8_t>(acc & ((1u << kRirBits) - 1)));
        acc >>= kRirBits;
        bits -= kRirBits;
    }
    if (acc != 0) return r.fail("the link is damaged (block padding)");
    uint32_t failure = 0;
    if (!r.varint(failure, 0xFFFF) || !r.varint(p.grow, 0xFFFF)) return false;
    p.failure_weeks = static_cast<uint16_t>(failure);
    if (auto bad = progression_problem(p); !bad.empty()) return r.fail("the link is damaged (" + bad + ")");
    return true;
}

// A block instead of the weeks: its base week, the progression, the overrides (in order of
// week, day and slot, one per place); the weeks are then its expansion.
bool read_block(DaysReader& in, Plan& plan) {
    Reader& r = in.r;
    Block& b = plan.block.emplace();
    uint32_t n = 0;
    if (!in.days(b.base.days, nullptr) || !read_progression(r, b.progression) || !r.varint(n, kMaxOverrides)) return false;
    for (uint32_t i = 0; i < n; ++i) {
        unsigned place = 0, index = 0;
        SlotOverride o;
        if (!r.u8(place) || !r.u8(index) || !read_slot(r, o.slot)) return false;
        o.week = static_cast<uint8_t>(place & 0x0F);
        o.day = static_cast<uint8_t>(place >> 4);
        o.index = static_cast<uint8_t>(index);
        if (place >> 7) return r.fail("the link is damaged (override " + std::to_string(i + 1) + ")");
        b.overrides.push_back(o);
    }
    if (auto bad = block_problem(plan); !bad.empty()) return r.fail("the link is damaged (the block: " + bad + ")");
    plan.weeks = expand_block(plan);
    return true;
}
}  // namespace

std::string encode_link(const Plan& plan) {
    Writer w;
    w.u8(kLinkFormatVersion);
    w.string(plan.name);
    unsigned budget_mask = 0;
    for (int m = 0; m < kMuscleCount; ++m)
        if (plan.budgets[m]) budget_mask |= 1u << m;
    w.u8(static_cast<unsigned>(plan.level) | (plan.custom_exercises.empty() ? 0u : kCustomsBit) | (budget_mask ? kBudgetsBit : 0u) |
         static_cast<unsigned>(plan.recovery) << kRecoveryShift | static_cast<unsigned>(plan.approach) << kApproachShift |
         (plan.block ? kBlockBit : 0u));
    if (!plan.custom_exercises.empty()) {
        w.varint(static_cast<uint32_t>(plan.custom_exercises.size()));
        for (const auto& e : plan.custom_exercises) write_custom(w, e);
    }
    if (budget_mask) {
        w.u8(budget_mask & 0xFF);
        w.u8(budget_mask >> 8);
        for (const auto& b : plan.budgets)
            if (b) {
                w.u8(steps(b->low, kSetSteps));
                w.u8(steps(b->high, kSetSteps));
                w.u8(steps(b->failure, kSetSteps));
            }
    }
    DaysWriter days{w, {}, &plan.day_names};
    if (plan.block) {
        write_block(days, *plan.block);
    } else {
        w.varint(static_cast<uint32_t>(plan.weeks.size()));
        for (size_t wi = 0; wi < plan.weeks.size(); ++wi) write_week(days, plan, wi);
    }
    return seal_link_body(std::move(w.bytes));
}

std::string seal_link_body(std::vector<uint8_t> body) {
    const uint32_t check = crc32(body.data(), body.size());
    for (int shift = 0; shift < 24; shift += 8) body.push_back(static_cast<uint8_t>(check >> shift));
    return base64url(body);
}

Result<Plan> decode_link(std::string_view link) {
    if (const size_t at = link.rfind("#p="); at != std::string_view::npos) link.remove_prefix(at + 3);
    else if (link.rfind("p=", 0) == 0) link.remove_prefix(2);
    while (!link.empty() && (link.back() == ' ' || link.back() == '\n' || link.back() == '\r')) link.remove_suffix(1);
    if (link.empty()) return R::fail("the link holds no plan (nothing after #p=)");
    if (link.size() > kMaxLinkChars) return R::fail("the link is too long to be a Failsafe plan");
    std::vector<uint8_t> bytes;
    if (link.size() % 4 == 1) return R::fail("the link is damaged or cut short; ask for it again");
    if (!unbase64url(link, bytes)) return R::fail("the link is damaged: it has characters a Failsafe link never has");
    if (bytes.size() < 4) return R::fail("the link is cut short");
    const size_t body = bytes.size() - 3;
    const uint32_t want = crc32(bytes.data(), body) & 0xFFFFFF;
    const uint32_t got = bytes[body] | bytes[body + 1] << 8 | static_cast<uint32_t>(bytes[body + 2]) << 16;
    if (bytes[0] > kLinkFormatVersion && want == got)
        return R::fail("the link was made by a newer Failsafe (link format " + std::to_string(bytes[0]) + "); update the app to open it");
    if (want != got) return R::fail("the link is damaged or cut short (its check value does not match); ask for it again");
    if (bytes[0] == 0) return R::fail("unknown link format 0");

    Reader r{bytes.data() + 1, bytes.data() + body, {}};
    Plan plan;
    unsigned flags = 0;
    uint32_t n = 0;
    if (!r.string(plan.name, limits::kMaxNameLength, "the plan name") || !r.u8(flags)) return R::fail(r.error);
    if (!read_flags(r, bytes[0], flags, plan)) return R::fail(r.error);
    if (flags & kCustomsBit) {
        if (!r.varint(n, limits::kMaxCustomExercises)) return R::fail(r.error);
        for (uint32_t i = 0; i < n; ++i) {
            Exercise e;
            if (!read_custom(r, e, i)) return R::fail(r.error);
            plan.custom_exercises.push_back(std::move(e));
        }
    }
    if (flags & kBudgetsBit) {
        unsigned lo = 0, hi = 0;
        if (!r.u8(lo) || !r.u8(hi)) return R::fail(r.error);
        const unsigned mask = lo | hi << 8;
        for (int m = 0; m < kMuscleCount; ++m) {
            if (!(mask & (1u << m))) continue;
            unsigned a = 0, b = 0, c = 0;
            if (!r.u8(a) || !r.u8(b) || !r.u8(c)) return R::fail(r.error);
            plan.budgets[m] = BudgetOverride{from_steps(a, kSetSteps), from_steps(b, kSetSteps), from_steps(c, kSetSteps)};
        }
    }
    DaysReader days{r, bytes[0], {}, &plan.day_names};
    if (flags & kBlockBit) {
        if (!read_block(days, plan)) return R::fail(r.error);
    } else {
        if (!r.varint(n, limits::kMaxWeeks) || n == 0) return R::fail(r.error.empty() ? "the link has no weeks" : r.error);
        plan.weeks.assign(n, Week{});
        for (uint32_t wi = 0; wi < n; ++wi)
            if (!read_week(days, plan, wi)) return R::fail(r.error);
    }
    if (r.p != r.end) return R::fail("the link is damaged (extra data at the end)");
    if (auto err = validate_plan(plan); !err.empty()) return R::fail("the link's plan is not valid: " + err);
    return plan;
}

}  // namespace failsafe
