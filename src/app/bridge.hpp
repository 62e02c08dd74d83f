// src/app/bridge.hpp - the page bridge: what window.failsafe exposes (platform::Api) wired to the
// app, with what only the bridge needs: the user's messages as JSON and recent frame timings.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform.hpp"

namespace failsafe::app {
class App;

// CPU milliseconds of the last frames drawn (up to 240), split into building the UI (ImGui and
// the analysis) and submitting it to OpenGL/WebGL.
class FrameStats {
public:
    void record(double build_ms, double render_ms);
    std::string json() const;  // oldest first: [[build, render], ...]

private:
    std::vector<std::pair<double, double>> ms_;
    size_t next_ = 0;
};

// What the app is telling the user right now (banners and toasts), as a JSON array of strings.
std::string messages_json(App& app);

// window.failsafe over `app`. `wake(n)` asks for n frames (something on screen changed);
// `frames_drawn` counts frames; `gl_restored` rebuilds the renderer after a lost context.
platform::Api page_bridge(App& app, const FrameStats& stats, const long& frames_drawn, std::function<void(int)> wake,
                          std::function<void()> gl_restored);

}  // namespace failsafe::app
