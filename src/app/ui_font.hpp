// src/app/ui_font.hpp - the UI font in ImGui's atlas, and the characters added to it when the
// user's own text needs them. The embedded subset of Inter covers the UI's own text; a character
// it lacks is, by script:
// - Latin Extended, Greek, Cyrillic: merged from Inter's second file (scripts/ui_font.py), which
//   is fetched the first time such a character appears (the service worker keeps it offline);
// - anything else (CJK, Arabic, Hebrew, Thai...): drawn by the browser with its own fonts and
//   added as a custom glyph, up to kMaxSystemGlyphs;
// - beyond that, or where neither can draw it (native builds, characters beyond U+FFFF): a
//   hollow box, never "?".
// Characters arrive through need() (text_scan.hpp says when); build() then rebuilds the atlas.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>

#include "platform.hpp"

namespace failsafe::app {

class UiFont {
public:
    static constexpr int kMaxSystemGlyphs = 400;

    // Rasterises the atlas at `pixel_ratio` device px per CSS px, with every character added so
    // far (the caller uploads the texture). Clears stale().
    void build(float pixel_ratio);
    // True when build() would add characters: some were needed, or the second file arrived.
    bool stale();

    // Characters of `text` (UTF-8, or ImGui's wide characters) that the UI is about to draw:
    // each one the atlas lacks is asked for once, from the source its script calls for.
    void need(std::string_view text);
    void need(const ImWchar* text, int length);

    int lacking() const;  // characters asked for that the atlas still draws as the box
    int builds() const { return builds_; }
    int scans() const { return scans_; }  // texts handed to need()

private:
    enum class File { none, fetching, loaded, failed };
    void need(ImWchar c);
    void to_system(ImWchar c);
    void arrived(const std::string* file);
    bool try_build(float pixel_ratio);  // false when the second file lacked some of its characters
    void paint(ImFont& font, int box_stroke) const;  // the custom glyphs' pixels, once the atlas is built

    ImBitVector asked_;              // every character need() has taken on
    ImVector<ImWchar> from_file_;    // for the second file (once it has arrived: in the atlas)
    ImVector<ImWchar> from_system_;  // drawn by the browser, in the order asked
    int over_cap_ = 0;               // characters past kMaxSystemGlyphs: the box
    File file_ = File::none;
    const std::string* file_bytes_ = nullptr;  // the platform's, once it has arrived
    ImVector<ImWchar> ranges_;       // the atlas reads these while it builds
    platform::SystemGlyphs drawn_;   // from_system_'s first drawn_count_ characters
    int drawn_count_ = 0;
    float drawn_px_ = 0;
    ImVector<int> rects_;            // the box, then drawn_: their custom rectangles in the atlas
    bool latin1_ = false;            // the embedded file's Latin-1 letters are in the atlas
    bool stale_ = false;
    int builds_ = 0, scans_ = 0;
};

}  // namespace failsafe::app
