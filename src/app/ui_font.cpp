#include "ui_font.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "app.hpp"
#include "embedded_app.hpp"
#include "theme.hpp"

namespace failsafe::app {
namespace {
constexpr ImWchar kBox = IM_UNICODE_CODEPOINT_INVALID;  // ImGui's first choice of fallback glyph

// The blocks of scripts/ui_font.py's EXTRA_UNICODES: a character here may be in the second file.
bool in_extra_blocks(ImWchar c) {
    return (c >= 0x0100 && c < 0x0530) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2010 && c <= 0x20C0) || c == 0x2116 || c == 0x2122;
}

ImFont* ui_font() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    return atlas->Fonts.empty() ? nullptr : atlas->Fonts[0];
}
}  // namespace

void UiFont::need(std::string_view text) {
    ++scans_;
    for (const char *p = text.data(), *end = p + text.size(); p < end;) {
        unsigned c = static_cast<unsigned char>(*p);
        if (c < 0x80) ++p;  // ASCII: always in the embedded font
        else p += ImTextCharFromUtf8(&c, p, end), need(static_cast<ImWchar>(c));
    }
}

void UiFont::need(const ImWchar* text, int length) {
    ++scans_;
    for (int i = 0; i < length; ++i)
        if (text[i] >= 0x80) need(text[i]);
}

void UiFont::need(ImWchar c) {
    const ImFont* font = ui_font();
    if (!font || font->FindGlyphNoFallback(c)) return;
    if (asked_.Storage.empty()) asked_.Create(IM_UNICODE_CODEPOINT_MAX + 1);
    if (asked_.TestBit(c)) return;
    asked_.SetBit(c);
    if (c >= 0xA0 && c <= 0xFF) {  // in the embedded file, left out of the first atlas
        stale_ |= !latin1_;
        latin1_ = true;
        return;
    }
    if (!in_extra_blocks(c) || file_ == File::failed) return to_system(c);
    from_file_.push_back(c);
    stale_ |= file_ == File::loaded;
    if (file_ == File::none) {
        file_ = File::fetching;
        platform::fetch_extra_font();
    }
}

bool UiFont::stale() {
    if (file_ == File::fetching) arrived(platform::extra_font());
    return stale_;
}

void UiFont::to_system(ImWchar c) {
    if (from_system_.Size >= kMaxSystemGlyphs) {
        ++over_cap_;
        return;
    }
    from_system_.push_back(c);
    stale_ = true;
}

void UiFont::arrived(const std::string* file) {
    if (!file) return;  // not yet
    // A TrueType file starts with version 1.0; anything else (an error page, nothing: offline
    // before it was ever fetched) is not one, and the browser draws those characters instead.
    if (file->size() < 12 || std::memcmp(file->data(), "\0\1\0\0", 4) != 0) {
        file_ = File::failed;
        for (ImWchar c : from_file_) to_system(c);
        from_file_.clear();
        return;
    }
    file_bytes_ = file;
    file_ = File::loaded;
    stale_ |= !from_file_.empty();
}

void UiFont::build(float pixel_ratio) {
    const double start = App::clock();
    if (!try_build(pixel_ratio)) try_build(pixel_ratio);  // again, with what the file lacked drawn instead
    stale_ = false;
    // A line in the console when characters were added (the first build has none to add):
    // how long adding them took, for docs/performance.md.
    if (builds_++ && (from_file_.Size || from_system_.Size))
        std::printf("failsafe: font: %d characters from the second file, %d drawn by the browser, %d as boxes; built in %.1f ms\n",
                    from_file_.Size, from_system_.Size, over_cap_, (App::clock() - start) * 1000);
}

bool UiFont::try_build(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas& atlas = *io.Fonts;
    atlas.Clear();
    const float px = theme::kFontSize * pixel_ratio;
    ImFontConfig cfg;
    cfg.FontData = const_cast<unsigned char*>(embedded::ui_font);
    cfg.FontDataSize = static_cast<int>(embedded::ui_font_size);
    cfg.FontDataOwnedByAtlas = false;  // the atlas copies the bytes
    cfg.SizePixels = px;
    cfg.OversampleH = 1;  // rasterised at device pixels and snapped to them: oversampling only slows start-up
    cfg.PixelSnapH = true;
    // The characters scripts/ui_font.py keeps in the embedded file. The first atlas has ASCII
    // and the UI's symbols only (a third of the glyphs, so a shorter start-up task); the rest of
    // Latin-1 comes with the first text that needs it.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    static const ImWchar first_ranges[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x2013, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    cfg.GlyphRanges = latin1_ ? ranges : first_ranges;
    ImFont* font = atlas.AddFont(&cfg);
    io.FontGlobalScale = 1.f / pixel_ratio;  // rasterised at device pixels, laid out in CSS px

    const bool merged = file_ == File::loaded && !from_file_.empty();
    if (merged) {
        ranges_.resize(0);
        for (ImWchar c : from_file_) ranges_.push_back(c), ranges_.push_back(c);  // one range a character
        ranges_.push_back(0);
        cfg.FontData = const_cast<char*>(file_bytes_->data());
        cfg.FontDataSize = static_cast<int>(file_bytes_->size());
        cfg.GlyphRanges = ranges_.Data;
        cfg.MergeMode = true;
        atlas.AddFont(&cfg);
    }

    // The browser draws its characters anew when there are new ones or the size changed.
    if (from_system_.Size && (drawn_count_ != from_system_.Size || drawn_px_ != px)) {
        std::string chars(static_cast<size_t>(from_system_.Size) * 3 + 1, '\0');
        chars.resize(static_cast<size_t>(ImTextStrToUtf8(chars.data(), static_cast<int>(chars.size()), from_system_.begin(), from_system_.end())));
        drawn_ = platform::draw_system_glyphs(chars, px);
        drawn_count_ = from_system_.Size;
        drawn_px_ = px;
    }
    // A hollow box the height of a capital, for what cannot be drawn. Custom glyphs are placed
    // from the baseline for now: the font's ascent is known once it is built (paint()).
    const int box_w = static_cast<int>(std::lround(px * 0.5f)), box_h = static_cast<int>(std::lround(px * 0.7f));
    const float side = std::round(px * 0.08f);
    rects_.resize(0);
    rects_.push_back(atlas.AddCustomRectFontGlyph(font, kBox, box_w, box_h, box_w + 2 * side, ImVec2(side, static_cast<float>(-box_h))));
    const float* m = drawn_.metrics.data();
    for (size_t i = 0; i < drawn_.metrics.size() / 5; ++i, m += 5)
        rects_.push_back(atlas.AddCustomRectFontGlyph(font, from_system_[static_cast<int>(i)], std::max(1, static_cast<int>(m[0])),
                                                      std::max(1, static_cast<int>(m[1])), m[4], ImVec2(m[2], m[3])));
    // The builder itself: ImFontAtlas::Build() would link ImGui's own font (see renderer.cpp).
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);

    // What the second file lacks goes to the browser, and the atlas is built again.
    if (merged) {
        ImVector<ImWchar> in_file;
        for (ImWchar c : from_file_) {
            if (font->FindGlyphNoFallback(c)) in_file.push_back(c);
            else to_system(c);
        }
        if (in_file.Size != from_file_.Size) {
            from_file_.swap(in_file);
            return false;
        }
    }
    paint(*font, std::max(1, static_cast<int>(std::lround(pixel_ratio))));
    return true;
}

void UiFont::paint(ImFont& font, int box_stroke) const {
    ImFontAtlas& atlas = *font.ContainerAtlas;
    const float ascent = IM_ROUND(font.Ascent);
    // The custom glyph `i` (0 the box) of character `c`: moved down to the baseline; its pixels.
    const auto place = [&](int i, ImWchar c) {
        auto* glyph = const_cast<ImFontGlyph*>(font.FindGlyphNoFallback(c));
        glyph->Y0 += ascent;
        glyph->Y1 += ascent;
        const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(rects_[i]);
        return atlas.TexPixelsAlpha8 + r->X + r->Y * atlas.TexWidth;
    };
    const ImFontAtlasCustomRect* box = atlas.GetCustomRectByIndex(rects_[0]);
    unsigned char* out = place(0, kBox);
    for (int y = 0; y < box->Height; ++y)
        for (int x = 0; x < box->Width; ++x) {
            const bool edge = std::min({x, y, box->Width - 1 - x, box->Height - 1 - y}) < box_stroke;
            out[y * atlas.TexWidth + x] = edge ? 0xFF : 0;
        }
    const unsigned char* coverage = drawn_.coverage.data();
    for (int i = 1; i < rects_.Size; ++i) {
        const int w = static_cast<int>(drawn_.metrics[(i - 1) * 5]), h = static_cast<int>(drawn_.metrics[(i - 1) * 5 + 1]);
        out = place(i, from_system_[i - 1]);
        for (int y = 0; y < h; ++y, coverage += w) std::copy_n(coverage, w, out + y * atlas.TexWidth);
    }
}

int UiFont::lacking() const {
    const ImFont* font = ui_font();
    int n = over_cap_;
    for (const ImVector<ImWchar>* list : {&from_file_, &from_system_})
        for (ImWchar c : *list) n += font->FindGlyphNoFallback(c) ? 0 : 1;
    return n;
}

}  // namespace failsafe::app
