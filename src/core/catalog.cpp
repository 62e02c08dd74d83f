#include "failsafe/catalog.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <iterator>

#include "embedded.hpp"
#include "failsafe/plan.hpp"
#include "failsafe/utf8.hpp"
#include "text.hpp"

namespace failsafe {
namespace {
constexpr std::string_view kEquipment[] = {"barbell", "dumbbell", "machine", "cable", "bodyweight", "kettlebell"};
constexpr std::string_view kKinds[] = {"compound", "isolation"};
constexpr std::string_view kFailureClasses[] = {"avoid", "caution", "safe"};
constexpr std::string_view kFailureClassLabels[] = {"avoid failure", "caution", "safe to fail"};
static_assert(std::size(kEquipment) == kEquipmentCount && std::size(kKinds) == kKindCount &&
              std::size(kFailureClasses) == kFailureClassCount && std::size(kFailureClassLabels) == kFailureClassCount);

template <class E, size_t N>
std::optional<E> from_table(const std::string_view (&table)[N], std::string_view id) {
    for (size_t i = 0; i < N; ++i)
        if (table[i] == id) return static_cast<E>(i);
    return std::nullopt;
}

Result<Exercise> parse_line(std::string_view line) {
    auto f = text::split(line, '|');
    if (f.size() != 9) return Result<Exercise>::fail("expected 9 fields separated by '|'");
    Exercise e;
    int code = 0;
    if (!text::parse_int(f[0], code) || code < 1 || code >= kCustomBit)
        return Result<Exercise>::fail("code must be an integer from 1 to " + std::to_string(kCustomBit - 1));
    e.code = static_cast<uint16_t>(code);
    e.slug = std::string(text::trim(f[1]));
    e.name = std::string(text::trim(f[2]));
    auto eq = equipment_from_id(text::trim(f[3]));
    auto kind = kind_from_id(text::trim(f[4]));
    auto fc = failure_class_from_id(text::trim(f[5]));
    if (!eq) return Result<Exercise>::fail("unknown equipment '" + std::string(text::trim(f[3])) + "'");
    if (!kind) return Result<Exercise>::fail("kind must be " + text::list_ids(kind_id, kKindCount, " or "));
    if (!fc) return Result<Exercise>::fail("failure must be " + text::list_ids(failure_class_id, kFailureClassCount, " or "));
    e.equipment = *eq;
    e.kind = *kind;
    e.failure = *fc;
    if (!text::parse_float(f[6], e.systemic)) return Result<Exercise>::fail("systemic must be a number");
    for (auto pair : text::split(text::trim(f[7]), ' ')) {
        if (pair.empty()) continue;
        auto kv = text::split(pair, ':');
        float w = 0;
        auto m = kv.size() == 2 ? muscle_from_id(kv[0]) : std::nullopt;
        if (!m || !text::parse_float(kv[1], w))
            return Result<Exercise>::fail("bad muscle weight '" + std::string(pair) + "'");
        e.muscles[index(*m)] = w;
    }
    for (auto alias : text::split(f[8], ',')) {
        alias = text::trim(alias);
        if (!alias.empty()) e.aliases.emplace_back(alias);
    }
    if (auto err = validate_exercise(e); !err.empty()) return Result<Exercise>::fail(err);
    return e;
}
}  // namespace

std::string_view equipment_id(Equipment e) { return kEquipment[static_cast<int>(e)]; }
std::string_view kind_id(Kind k) { return kKinds[static_cast<int>(k)]; }
std::string_view failure_class_id(FailureClass f) { return kFailureClasses[static_cast<int>(f)]; }
std::string_view failure_class_label(FailureClass f) { return kFailureClassLabels[static_cast<int>(f)]; }
std::optional<Equipment> equipment_from_id(std::string_view id) { return from_table<Equipment>(kEquipment, id); }
std::optional<Kind> kind_from_id(std::string_view id) { return from_table<Kind>(kKinds, id); }
std::optional<FailureClass> failure_class_from_id(std::string_view id) {
    return from_table<FailureClass>(kFailureClasses, id);
}

std::string validate_exercise(const Exercise& e) {
    if (!text::is_slug(e.slug))
        return "id '" + utf8::quote(e.slug) + "' must be 1-" + std::to_string(limits::kMaxSlugLength) + " characters of a-z, 0-9 and '-'";
    if (auto bad = name_problem(e.name); !bad.empty()) return "the name of exercise '" + e.slug + "' " + bad;
    if (!(e.systemic >= 0.f && e.systemic <= 1.f)) return "exercise '" + e.slug + "': systemic must be 0..1";
    if (e.aliases.size() > static_cast<size_t>(limits::kMaxAliases))
        return "exercise '" + e.slug + "': at most " + std::to_string(limits::kMaxAliases) + " aliases";
    for (size_t i = 0; i < e.aliases.size(); ++i)
        if (auto bad = name_problem(e.aliases[i]); !bad.empty())
            return "alias " + std::to_string(i + 1) + " of exercise '" + e.slug + "' " + bad;
    int worked = 0;
    for (float w : e.muscles) {
        if (!(w >= 0.f && w <= 1.f)) return "exercise '" + e.slug + "': muscle weights must be 0..1";
        if (w > 0.f) ++worked;
    }
    if (worked == 0) return "exercise '" + e.slug + "' must work at least one muscle";
    if (worked > kMaxMusclesPerExercise)
        return "exercise '" + e.slug + "' works more than " + std::to_string(kMaxMusclesPerExercise) + " muscles";
    return {};
}

Result<Catalog> Catalog::parse(std::string_view text) {
    Catalog c;
    int line_no = 0;
    for (auto line : text::split(text, '\n')) {
        ++line_no;
        line = text::trim(line);
        if (line.empty() || line.front() == '#') continue;
        auto e = parse_line(line);
        if (!e) return Result<Catalog>::fail("catalog line " + std::to_string(line_no) + ": " + e.error());
        if (c.by_slug(e->slug)) return Result<Catalog>::fail("catalog line " + std::to_string(line_no) + ": duplicate id " + e->slug);
        if (c.by_code(e->code)) return Result<Catalog>::fail("catalog line " + std::to_string(line_no) + ": duplicate code");
        if (c.by_code_.size() <= e->code) c.by_code_.resize(e->code + 1u, -1);
        c.by_code_[e->code] = static_cast<int16_t>(c.exercises_.size());
        c.exercises_.push_back(std::move(*e));
    }
    return c;
}

const Exercise* Catalog::by_code(uint16_t code) const {
    if (code >= by_code_.size() || by_code_[code] < 0) return nullptr;
    return &exercises_[static_cast<size_t>(by_code_[code])];
}

const Exercise* Catalog::by_slug(std::string_view slug) const {
    for (const auto& e : exercises_)
        if (e.slug == slug) return &e;
    return nullptr;
}

const Catalog& builtin_catalog() {
    static const Catalog catalog = [] {
        auto c = Catalog::parse({reinterpret_cast<const char*>(embedded::exercises_txt), embedded::exercises_txt_size});
        assert(c && "the embedded catalog must parse (tests/catalog_test.cpp)");
        return c ? std::move(*c) : Catalog{};
    }();
    return catalog;
}

namespace {
// Every word of `words` occurs in `hay`.
bool has_all(const std::string& hay, const std::vector<std::string_view>& words) {
    for (auto word : words)
        if (hay.find(word) == std::string::npos) return false;
    return true;
}
}  // namespace

int search_rank(const Exercise& e, std::string_view query) {
    const std::string q = text::lower(text::trim(query));
    std::vector<std::string_view> words;
    for (auto word : text::split(q, ' '))
        if (!word.empty()) words.push_back(word);
    if (words.empty()) return 1;
    const std::string name = text::lower(e.name);
    if (name.find(q) != std::string::npos) return 4;  // the phrase, in the name
    if (has_all(name, words)) return 3;
    std::string aliases;
    for (const auto& a : e.aliases) aliases += " " + text::lower(a);
    if (has_all(name + " " + e.slug + aliases, words)) return 2;
    std::string hay = name + " " + e.slug + aliases + " " + std::string(equipment_id(e.equipment));
    for (int m = 0; m < kMuscleCount; ++m)  // the muscles it works directly
        if (e.muscles[m] >= 1.f) hay += " " + text::lower(muscle_label(muscle_at(m)));
    return has_all(hay, words) ? 1 : 0;
}

bool matches_search(const Exercise& e, std::string_view query) { return search_rank(e, query) > 0; }

}  // namespace failsafe
