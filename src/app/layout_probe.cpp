#include "layout_probe.hpp"

#include <imgui.h>

#include <cstdio>

namespace failsafe::app {

void LayoutProbe::add_last_item(const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    add(name, Rect{a.x, a.y, b.x - a.x, b.y - a.y});
}

std::string LayoutProbe::json() const {
    std::string out = "{";
    char buf[160];
    for (const auto& [name, r] : rects_) {
        if (out.size() > 1) out += ",";
        std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r.x, r.y, r.w, r.h);
        out += "\"" + name + "\":" + buf;  // names are ids we choose: no escaping needed
    }
    return out + "}";
}

}  // namespace failsafe::app
