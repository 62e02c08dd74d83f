// src/app/layout_probe.hpp - screen rectangles of named UI items, recorded while drawing, so
// browser tests can drag with a real mouse (window.failsafe.layout()). CSS pixels.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace failsafe::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

class LayoutProbe {
public:
    void begin_frame() { rects_.clear(), texts_.clear(); }
    void add(const std::string& name, Rect r) { rects_[name] = r; }
    bool contains(const std::string& name, float x, float y) const {
        auto it = rects_.find(name);
        return it != rects_.end() && x >= it->second.x && y >= it->second.y && x < it->second.x + it->second.w &&
               y < it->second.y + it->second.h;
    }
    // Records the visible part of the last ImGui item under `name` (`width` > 0: only its
    // first `width` pixels, e.g. a slider without its label). Nothing when scrolled away.
    void add_last_item(const std::string& name, float width = 0);
    std::string json() const;  // {"name":{"x":..,"y":..,"w":..,"h":..[,"t":text]},...}
    const Rect* find(const std::string& name) const {  // nullptr when not drawn this frame
        auto it = rects_.find(name);
        return it == rects_.end() ? nullptr : &it->second;
    }

    // What a named item shows, when it is drawn as shapes and text rather than a labelled widget
    // (a block view cell), so tests read what the user reads. Kept only for items in view.
    void set_text(const std::string& name, std::string text) {
        if (find(name)) texts_[name] = std::move(text);
    }
    const std::string* text(const std::string& name) const {
        auto it = texts_.find(name);
        return it == texts_.end() ? nullptr : &it->second;
    }

private:
    std::map<std::string, Rect> rects_;
    std::map<std::string, std::string> texts_;
};

// Appends `text` as a JSON string for the page: quoted, with quotes and backslashes escaped and
// control characters dropped.
void append_json_string(std::string& out, std::string_view text);

}  // namespace failsafe::app
