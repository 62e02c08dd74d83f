#include "page_text.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <optional>

#include "failsafe/plan.hpp"
#include "failsafe/utf8.hpp"
#include "platform.hpp"

namespace failsafe::app::page_text {
namespace {

struct State {
    ImGuiID field = 0;       // the active field the page's input stands for, 0 for none
    bool seen = false;       // the field ran its callback this frame
    ImRect box;              // where the page's input was placed
    std::optional<std::string> page;  // what the page's input holds, as far as we know
};
State g;

std::string_view text_of(const ImGuiInputTextCallbackData* d) { return {d->Buf, static_cast<size_t>(d->BufTextLen)}; }

void replace(ImGuiInputTextCallbackData* d, std::string_view text) {
    d->DeleteChars(0, d->BufTextLen);
    d->InsertChars(0, text.data(), text.data() + text.size());
}

// A byte offset into `text`, moved back onto a character boundary.
int boundary(std::string_view text, int at) {
    size_t i = static_cast<size_t>(std::clamp(at, 0, static_cast<int>(text.size())));
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return static_cast<int>(i);
}

// Takes what the user typed in the page's input, if anything.
void take_typed(ImGuiInputTextCallbackData* d) {
    std::string typed;
    int start = 0, end = 0;
    if (!platform::text_input_take(&typed, &start, &end)) return;
    g.page = typed;
    // A fixed-size buffer (the search) keeps what fits, cut at a character boundary.
    const bool resizable = (d->Flags & ImGuiInputTextFlags_CallbackResize) != 0;
    if (!resizable) typed = std::string(utf8::prefix(typed, static_cast<size_t>(d->BufSize - 1)));
    if (typed != text_of(d)) replace(d, typed);
    d->SelectionStart = boundary(typed, start);
    d->CursorPos = d->SelectionEnd = boundary(typed, end);
}

}  // namespace

int callback(ImGuiInputTextCallbackData* d) {
    const auto* rule = static_cast<const Rule*>(d->UserData);
    const bool page = platform::has_text_input() && !(d->Flags & ImGuiInputTextFlags_ReadOnly);
    if (page) {
        const ImGuiContext& ctx = *GImGui;
        // The field's frame: a multiline field draws in its own child window (current during
        // the callback); a single line's frame is its navigation rectangle.
        const bool multiline = (d->Flags & ImGuiInputTextFlags_Multiline) != 0;
        const ImRect box = multiline ? ctx.CurrentWindow->Rect() : ctx.LastItemData.NavRect;
        const ImGuiID id = ImGui::GetActiveID();
        const bool opened = id != g.field;
        const bool moved = box.Min.x != g.box.Min.x || box.Min.y != g.box.Min.y || box.Max.x != g.box.Max.x || box.Max.y != g.box.Max.y;
        if (opened || moved)
            platform::text_input_place({box.Min.x, box.Min.y, box.GetWidth(), box.GetHeight(), multiline});
        g.field = id;
        g.box = box;
        g.seen = true;
        if (opened) g.page.reset();
        else take_typed(d);
    }
    if (rule && rule->max_bytes && (d->EventFlag == ImGuiInputTextFlags_CallbackEdit || page)) {
        const std::string kept = fit_name(text_of(d), rule->max_bytes);
        if (kept != text_of(d)) {
            replace(d, kept);
            d->CursorPos = d->SelectionStart = d->SelectionEnd = d->BufTextLen;
        }
    }
    // The page shows the field's text: the text it opened with, or what a rule made of the typing.
    if (page && (!g.page || *g.page != text_of(d))) {
        g.page = std::string(text_of(d));
        platform::text_input_set(*g.page, std::min(d->SelectionStart, d->SelectionEnd), std::max(d->SelectionStart, d->SelectionEnd));
    }
    return 0;
}

void end_frame() {
    if (g.field && !g.seen) {
        platform::text_input_hide();
        g = State{};
    }
    g.seen = false;
}

}  // namespace failsafe::app::page_text
