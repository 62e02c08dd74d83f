#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "failsafe/catalog.hpp"
#include "failsafe/plan.hpp"

using namespace failsafe;

TEST_CASE("the embedded catalog parses and is large enough") {
    const auto& ex = builtin_catalog().exercises();
    CHECK(ex.size() >= 120);
}

TEST_CASE("the embedded catalog is the one in assets/exercises.txt, exercise for exercise") {
    // The build embeds the file without its comment lines: nothing else may differ.
    std::ifstream in(std::filesystem::path(FAILSAFE_SOURCE_DIR) / "assets" / "exercises.txt", std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const auto source = Catalog::parse(text.str());
    REQUIRE(source);
    const auto& want = source->exercises();
    const auto& got = builtin_catalog().exercises();
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        const std::string slug = want[i].slug;
        CAPTURE(slug);
        CHECK(got[i].code == want[i].code);
        CHECK(got[i].slug == want[i].slug);
        CHECK(got[i].name == want[i].name);
        CHECK(got[i].aliases == want[i].aliases);
        CHECK(got[i].equipment == want[i].equipment);
        CHECK(got[i].kind == want[i].kind);
        CHECK(got[i].failure == want[i].failure);
        CHECK(got[i].systemic == want[i].systemic);
        CHECK(got[i].muscles == want[i].muscles);
    }
    CHECK(builtin_catalog().code_limit() == source->code_limit());
}

TEST_CASE("catalog ids and codes are unique, weights in range, at most 4 muscles") {
    std::set<std::string> slugs;
    std::set<int> codes;
    for (const auto& e : builtin_catalog().exercises()) {
        CAPTURE(e.slug);
        CHECK(slugs.insert(e.slug).second);
        CHECK(codes.insert(e.code).second);
        CHECK(e.code >= 1);
        CHECK(validate_exercise(e).empty());
        int worked = 0, direct = 0;
        for (float w : e.muscles) {
            CHECK(w >= 0.f);
            CHECK(w <= 1.f);
            worked += w > 0.f;
            direct += w >= 1.f;
        }
        CHECK(worked >= 1);
        CHECK(worked <= kMaxMusclesPerExercise);
        CHECK(direct >= 1);  // every exercise trains something directly
        CHECK(builtin_catalog().by_code(e.code) == &e);
        CHECK(builtin_catalog().by_slug(e.slug) == &e);
    }
}

TEST_CASE("every slug the product promises is present") {
    for (const char* slug :
         {"back-squat", "front-squat", "hack-squat", "deadlift", "romanian-deadlift", "power-clean", "overhead-press",
          "bench-press", "incline-dumbbell-press", "dumbbell-press", "machine-chest-press", "dumbbell-fly", "pec-deck",
          "push-up", "dip", "pull-up", "lat-pulldown", "barbell-row", "seated-cable-row", "face-pull", "shrug",
          "lateral-raise", "rear-delt-fly", "biceps-curl", "hammer-curl", "triceps-pushdown", "skull-crusher", "leg-press",
          "leg-extension", "leg-curl", "hip-thrust", "walking-lunge", "bulgarian-split-squat", "adductor-machine",
          "standing-calf-raise", "seated-calf-raise", "cable-crunch", "hanging-leg-raise", "back-extension", "wrist-curl"}) {
        CAPTURE(slug);
        CHECK(builtin_catalog().by_slug(slug) != nullptr);
    }
}

TEST_CASE("share-link codes are permanent: known exercises keep their codes") {
    // Changing any of these breaks every link ever shared. Add new exercises with new codes.
    const std::pair<const char*, int> frozen[] = {{"back-squat", 1},     {"leg-press", 4},      {"leg-extension", 14},
                                                  {"deadlift", 20},      {"romanian-deadlift", 23}, {"bench-press", 50},
                                                  {"dumbbell-fly", 58},  {"lat-pulldown", 73},  {"overhead-press", 90},
                                                  {"biceps-curl", 110},  {"power-clean", 160},  {"cable-crunch", 140}};
    for (const auto& entry : frozen) {
        const char* slug = entry.first;
        CAPTURE(slug);
        REQUIRE(builtin_catalog().by_slug(slug));
        CHECK(builtin_catalog().by_slug(slug)->code == entry.second);
    }
}

TEST_CASE("every muscle and every equipment type is covered") {
    std::set<int> muscles, equipment;
    for (const auto& e : builtin_catalog().exercises()) {
        equipment.insert(static_cast<int>(e.equipment));
        for (int m = 0; m < kMuscleCount; ++m)
            if (e.muscles[m] >= 1.f) muscles.insert(m);
    }
    CHECK(muscles.size() == kMuscleCount);
    CHECK(equipment.size() == kEquipmentCount);
}

TEST_CASE("failure classes follow the articles: big lifts avoid, machines and isolation safe") {
    for (const char* slug : {"back-squat", "front-squat", "deadlift", "overhead-press", "power-clean", "bench-press", "barbell-row"})
        CHECK(builtin_catalog().by_slug(slug)->failure == FailureClass::avoid);
    for (const char* slug : {"leg-extension", "biceps-curl", "pec-deck", "machine-chest-press", "standing-calf-raise", "dumbbell-fly"})
        CHECK(builtin_catalog().by_slug(slug)->failure == FailureClass::safe);
    for (const auto& e : builtin_catalog().exercises())
        if (e.equipment == Equipment::cable) CHECK(e.failure == FailureClass::safe);
}

TEST_CASE("a deadlift does not train everything and loads the nervous system most") {
    const Exercise* dl = builtin_catalog().by_slug("deadlift");
    const Exercise* curl = builtin_catalog().by_slug("biceps-curl");
    CHECK(dl->systemic > 0.9f);
    CHECK(curl->systemic < 0.2f);
    CHECK_FALSE(dl->works(Muscle::chest));
}

TEST_CASE("catalog parser refuses bad lines with the line number") {
    auto bad = Catalog::parse("1|x|X|barbell|compound|avoid|0.5|quads:1|\n2|x|Y|barbell|compound|avoid|0.5|quads:1|\n");
    CHECK_FALSE(bad);
    CHECK(bad.error().find("line 2") != std::string::npos);
    CHECK_FALSE(Catalog::parse("1|a|A|steel|compound|avoid|0.5|quads:1|"));
    CHECK_FALSE(Catalog::parse("1|a|A|barbell|compound|avoid|0.5|quads:2|"));
    CHECK_FALSE(Catalog::parse("1|a|A|barbell|compound|avoid|0.5|quads:1 chest:1 abs:1 lats:1 calves:1|"));
    CHECK(Catalog::parse("# comment\n\n1|a|A|barbell|compound|avoid|0.5|quads:1|x, y\n"));
}

TEST_CASE("search matches name, alias and slug words, case-insensitively") {
    const auto& c = builtin_catalog();
    CHECK(matches_search(*c.by_slug("romanian-deadlift"), "RDL"));
    CHECK(matches_search(*c.by_slug("bench-press"), "bench"));
    CHECK(matches_search(*c.by_slug("lateral-raise"), "side raise"));
    CHECK_FALSE(matches_search(*c.by_slug("leg-curl"), "bench"));
    CHECK(matches_search(*c.by_slug("leg-extension"), "quads"));
    CHECK(matches_search(*c.by_slug("leg-curl"), "machine hamstrings"));
    CHECK_FALSE(matches_search(*c.by_slug("leg-extension"), "hamstrings"));
    CHECK(matches_search(*c.by_slug("leg-curl"), ""));
}

// The catalog's slugs matching `query`, best first, as the library lists them.
static std::vector<std::string> ranked(std::string_view query) {
    std::vector<const Exercise*> hits;
    for (const Exercise& e : builtin_catalog().exercises())
        if (search_rank(e, query) > 0) hits.push_back(&e);
    std::stable_sort(hits.begin(), hits.end(),
                     [&](const Exercise* a, const Exercise* b) { return search_rank(*a, query) > search_rank(*b, query); });
    std::vector<std::string> slugs;
    for (const Exercise* e : hits) slugs.push_back(e->slug);
    return slugs;
}

TEST_CASE("search ranks the name as typed first, then every word in the name, then aliases, then muscles") {
    const auto& c = builtin_catalog();
    const auto chest_press = ranked("chest press");
    REQUIRE(chest_press.size() >= 3);
    CHECK(chest_press.front() == "machine-chest-press");  // "chest press" in its name
    const auto at = [&](const char* slug) { return std::find(chest_press.begin(), chest_press.end(), slug) - chest_press.begin(); };
    CHECK(at("dumbbell-press") < at("bench-press"));          // "dumbbell chest press" is an alias; Bench press only works the chest
    CHECK(at("machine-incline-press") < at("bench-press"));  // alias "incline chest press"
    CHECK(search_rank(*c.by_slug("machine-chest-press"), "  Chest PRESS ") == 4);
    CHECK(search_rank(*c.by_slug("bench-press"), "press bench") == 3);  // every word, in another order
    CHECK(search_rank(*c.by_slug("romanian-deadlift"), "rdl") == 2);
    CHECK(search_rank(*c.by_slug("bench-press"), "chest press") == 1);
    CHECK(search_rank(*c.by_slug("leg-curl"), "bench") == 0);
    CHECK(ranked("bench").front() == "bench-press");
}

TEST_CASE("the vocabulary: ids and labels for every value of every enumeration") {
    CHECK(failure_class_label(FailureClass::avoid) == "avoid failure");
    CHECK(failure_class_label(FailureClass::caution) == "caution");
    CHECK(failure_class_label(FailureClass::safe) == "safe to fail");
    CHECK(failure_class_id(FailureClass::safe) == "safe");
    CHECK(technique_name(Technique::none) == "none");
    CHECK(technique_name(Technique::drop_set) == "drop set");
    CHECK(technique_label(Technique::drop_set) == "drop");
    CHECK(technique_id(Technique::drop_set) == "drop-set");
    for (int i = 0; i < kEquipmentCount; ++i)
        CHECK(equipment_from_id(equipment_id(static_cast<Equipment>(i))) == static_cast<Equipment>(i));
    for (int i = 0; i < kKindCount; ++i) CHECK(kind_from_id(kind_id(static_cast<Kind>(i))) == static_cast<Kind>(i));
    for (int i = 0; i < kFailureClassCount; ++i) {
        const auto f = static_cast<FailureClass>(i);
        CHECK(failure_class_from_id(failure_class_id(f)) == f);
        CHECK_FALSE(failure_class_label(f).empty());
    }
    for (int i = 1; i < kTechniqueCount; ++i) {
        const auto t = static_cast<Technique>(i);
        CHECK(technique_from_id(technique_id(t)) == t);
        CHECK_FALSE(technique_name(t).empty());
    }
    for (int i = 0; i < kLevelCount; ++i) CHECK(level_from_id(level_id(static_cast<Level>(i))) == static_cast<Level>(i));
    for (int i = 0; i < kMuscleCount; ++i) CHECK(muscle_from_id(muscle_id(muscle_at(i))) == muscle_at(i));
}

TEST_CASE("catalog messages list the allowed ids and give the limits' numbers") {
    auto err = [](std::string_view line) {
        auto c = Catalog::parse(line);
        REQUIRE_FALSE(c);
        return c.error();
    };
    CHECK(err("1|x|X|machine|big|safe|0.1|chest:1|") == "catalog line 1: kind must be compound or isolation");
    CHECK(err("1|x|X|machine|compound|maybe|0.1|chest:1|") == "catalog line 1: failure must be avoid, caution or safe");
    CHECK(err("40000|x|X|machine|compound|safe|0.1|chest:1|") == "catalog line 1: code must be an integer from 1 to 32767");
    CHECK(err("1|x|X|machine|compound|safe|0.1|chest:1 lats:1 quads:1 calves:1 abs:1|") ==
          "catalog line 1: exercise 'x' works more than " + std::to_string(kMaxMusclesPerExercise) + " muscles");
}
