// Text in the user's own language: the characters of a plan's names and of typed text that the
// embedded font lacks are found when that text changes, and added to the font atlas - Latin
// Extended, Greek and Cyrillic from the font's second file (fetched once), other scripts drawn
// by the system - and anything that cannot be drawn shows as a box, never as "?".
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "failsafe/actions.hpp"
#include "harness.hpp"
#include "plans.hpp"

using namespace failsafe;
using test::Harness;

namespace {

bool drawn(ImWchar c) { return ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(c) != nullptr; }

// Every character of `utf8` outside ASCII has a glyph of its own in the atlas.
bool all_drawn(const char* utf8) {
    ImWchar wide[64] = {};
    const int n = ImTextStrFromUtf8(wide, 64, utf8, nullptr);
    for (int i = 0; i < n; ++i)
        if (!drawn(wide[i])) return false;
    return true;
}

Exercise custom_named(const char* name, const char* slug) {
    Exercise e = test::custom_curl();
    e.name = name;
    e.slug = slug;
    return e;
}

}  // namespace

TEST_CASE("a plan named in Cyrillic and Greek gets its letters from the font's second file, fetched once") {
    Harness h;
    auto& net = h.platform();
    CHECK_FALSE(all_drawn("Жим лёжа"));  // the embedded font has Latin-1 only
    CHECK(net.font_fetches == 0);       // nobody needed the second file yet

    h.app().dispatch(act::Rename{"Жим лёжа"});
    h.frames(2);
    CHECK(net.font_fetches == 1);
    CHECK(all_drawn("Жим лёжа"));
    CHECK(h.font().lacking() == 0);
    CHECK(net.system_glyphs.empty());  // all of it from Inter

    h.app().dispatch(act::AddCustomExercise{custom_named("Άρση θανάτου", "arsi")});
    h.frames(2);
    CHECK(all_drawn("Άρση θανάτου"));
    CHECK(net.font_fetches == 1);  // the file is kept: not fetched again
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FallbackChar == IM_UNICODE_CODEPOINT_INVALID);  // the box, not '?'
}

TEST_CASE("the first atlas has ASCII only: Latin-1 letters join it from the embedded font when a name needs them") {
    Harness h;
    CHECK(all_drawn("\u00b7"));         // the UI's own symbols are there from the start
    CHECK_FALSE(all_drawn("Pr\u00e9"));  // a third of the glyphs: a shorter start-up
    const int builds = h.font().builds();

    h.app().dispatch(act::Rename{"Pr\u00e9-\u00e9t\u00e9 \u00fcbung"});
    h.frames(2);
    CHECK(all_drawn("Pr\u00e9-\u00e9t\u00e9 \u00fcbung"));
    CHECK(h.font().builds() == builds + 1);   // one rebuild for all of Latin-1
    CHECK(h.platform().font_fetches == 0);    // from the embedded font, not the second file
    CHECK(h.platform().system_glyphs.empty());
    CHECK(h.font().lacking() == 0);
}

TEST_CASE("other scripts are drawn by the system, each character once") {
    Harness h;
    h.app().dispatch(act::AddCustomExercise{custom_named("卧推", "wo-tui")});
    h.frames(2);
    CHECK(all_drawn("卧推"));
    CHECK(h.platform().system_glyphs == std::vector<unsigned>{0x5367, 0x63A8});
    CHECK(h.platform().font_fetches == 0);  // no Cyrillic, Greek or Latin Extended: no file
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FindGlyph(0x5367)->AdvanceX == 8.f);  // the system's advance

    h.platform().system_glyphs.clear();
    h.app().dispatch(act::Rename{"推 2"});  // one of them again: nothing new to draw
    h.frames(2);
    CHECK(h.platform().system_glyphs.empty());
}

TEST_CASE("the text is scanned when it changes, not every frame") {
    Harness h;
    h.app().dispatch(act::Rename{"Жим"});
    h.frames(2);
    const int builds = h.font().builds();
    const int scans = h.font().scans();
    h.frames(10);
    CHECK(h.font().scans() == scans);
    CHECK(h.font().builds() == builds);
    CHECK_FALSE(h.font().stale());

    h.app().dispatch(act::Rename{"Жим лёжа"});
    h.frames(2);
    CHECK(h.font().scans() > scans);
    CHECK(h.font().builds() == builds + 1);  // ё and л and ж are new: one rebuild adds them
}

TEST_CASE("typed text is scanned as it is typed") {
    Harness h;
    h.click("search");
    h.type("Ωμέγα");
    h.frames(2);
    CHECK(all_drawn("Ωμέγα"));
    h.type("テスト");
    h.frames(2);
    CHECK(all_drawn("テスト"));
}

TEST_CASE("until the second file arrives its characters are boxes; offline, the system draws them") {
    SUBCASE("arriving later") {
        Harness h;
        h.platform().font_waits = true;
        h.app().dispatch(act::Rename{"Жим 卧"});
        h.frames(2);
        CHECK_FALSE(all_drawn("Жим"));
        CHECK(all_drawn("卧"));  // the system's glyphs do not wait for the file
        CHECK(h.font().lacking() == 3);
        CHECK(h.platform().system_glyphs == std::vector<unsigned>{0x5367});
        h.app().dispatch(act::Rename{"Жим лёжа"});  // still waiting: not fetched twice
        h.frames(2);
        CHECK(h.platform().font_fetches == 1);
        h.platform().deliver_font();
        CHECK(h.font().stale());
        h.frame();
        CHECK(all_drawn("Жим лёжа"));
        CHECK(h.font().lacking() == 0);
        CHECK(h.platform().system_glyphs == std::vector<unsigned>{0x5367});  // the letters came from the file
    }
    SUBCASE("never, being offline") {
        Harness h;
        h.platform().font_fails = true;
        h.app().dispatch(act::Rename{"Жим"});
        h.frames(2);
        CHECK(all_drawn("Жим"));
        CHECK(h.platform().system_glyphs.size() == 3);
    }
}

TEST_CASE("past the cap of system glyphs, characters show as the box") {
    Harness h;
    // Names of 20 CJK characters each (60 bytes), 21 plans' worth: 420 distinct characters.
    unsigned next = 0x4E00;
    for (int plan = 0; plan < 21; ++plan) {
        std::string name;
        for (int i = 0; i < 20; ++i, ++next) name += {static_cast<char>(0xE0 | next >> 12), static_cast<char>(0x80 | (next >> 6 & 0x3F)), static_cast<char>(0x80 | (next & 0x3F))};
        h.app().dispatch(act::Rename{name});
        h.frames(1);
    }
    h.frames(2);
    CHECK(static_cast<int>(h.platform().system_glyphs.size()) == app::UiFont::kMaxSystemGlyphs);
    CHECK(h.font().lacking() == 420 - app::UiFont::kMaxSystemGlyphs);
    const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    CHECK(font->FindGlyph(static_cast<ImWchar>(next - 1))->Codepoint == IM_UNICODE_CODEPOINT_INVALID);  // the box
}
