// src/app/layout_probe.hpp - screen rectangles of named UI items, recorded while drawing, so
// browser tests can drag with a real mouse (window.failsafe.layout()). CSS pixels.
#pragma once
#include <map>
#include <string>

namespace failsafe::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

class LayoutProbe {
public:
    void begin_frame() { rects_.clear(); }
    void add(const std::string& name, Rect r) { rects_[name] = r; }
    // Records the last ImGui item under `name`.
    void add_last_item(const std::string& name);
    std::string json() const;  // {"name":{"x":..,"y":..,"w":..,"h":..},...}

private:
    std::map<std::string, Rect> rects_;
};

}  // namespace failsafe::app
