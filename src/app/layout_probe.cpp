#include "layout_probe.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include <cstdio>

namespace failsafe::app {

void LayoutProbe::add_last_item(const std::string& name, float width) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (width > 0) b.x = a.x + width;
    // Only the part a user can see (and click): clipped by the window's visible area.
    const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
    a = ImVec2(std::max(a.x, clip.Min.x), std::max(a.y, clip.Min.y));
    b = ImVec2(std::min(b.x, clip.Max.x), std::min(b.y, clip.Max.y));
    if (b.x - a.x < 2 || b.y - a.y < 2) return;  // scrolled out of view
    add(name, Rect{a.x, a.y, b.x - a.x, b.y - a.y});
}

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    out += '"';
}

std::string LayoutProbe::json() const {
    std::string out = "{";
    char buf[160];
    for (const auto& [name, r] : rects_) {
        if (out.size() > 1) out += ",";
        std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r.x, r.y, r.w, r.h);
        out += "\"" + name + "\":" + buf;  // names are ids we choose: no escaping needed
        if (const std::string* t = text(name)) {
            out.back() = ',';
            out += "\"t\":";
            append_json_string(out, *t);
            out += '}';
        }  // what it shows
    }
    return out + "}";
}

}  // namespace failsafe::app
