#include "bridge.hpp"

#include <cstdio>

#include "a11y_mirror.hpp"
#include "app.hpp"
#include "failsafe/formats.hpp"

namespace failsafe::app {

void FrameStats::record(double build_ms, double render_ms) {
    if (ms_.size() < 240) ms_.emplace_back(build_ms, render_ms);
    else ms_[next_++ % ms_.size()] = {build_ms, render_ms};
}

std::string FrameStats::json() const {
    std::string out = "[";
    char buf[48];
    const size_t n = ms_.size(), start = n < 240 ? 0 : next_ % n;
    for (size_t k = 0; k < n; ++k) {
        const auto& [build, render] = ms_[(start + k) % n];
        std::snprintf(buf, sizeof buf, "%s[%.3f,%.3f]", k ? "," : "", build, render);
        out += buf;
    }
    return out + "]";
}

std::string messages_json(App& app) {
    std::string out = "[";
    auto add = [&](const std::string& m) {
        if (out.size() > 1) out += ",";
        append_json_string(out, m);
    };
    if (app.viewing_shared()) add("Viewing a shared plan: " + app.plan().name);
    if (!app.session().save_error().empty()) add("Could not save: " + app.session().save_error());
    for (const auto& n : app.session().notices()) add(n);
    for (const auto& t : app.ui().toasts) add(t.text);
    return out + "]";
}

platform::Api page_bridge(App& app, const FrameStats& stats, const long& frames_drawn, std::function<void(int)> wake,
                          std::function<void()> gl_restored) {
    Session& session = app.session();
    return {
        .plan_json = [&app] { return app.plan_json(); },
        .analysis_json = [&app] { return app.analysis_json(); },
        .load_json = [&app, wake](const std::string& json) {
            wake(3);  // show the loaded plan
            return app.load_json(json);
        },
        .layout_json = [&app] { return app.layout().json(); },
        .frames = [&frames_drawn] { return frames_drawn; },
        .frame_stats = [&stats] { return stats.json(); },
        .messages = [&app] { return messages_json(app); },
        .share_link = [&session] { return session.link(); },
        .hash_changed = [&session, wake](const std::string& fragment) {
            session.open_link(fragment);
            wake(3);
        },
        .page_hide = [&session, wake] {
            session.save_now();
            wake(3);  // a failed save shows its banner
        },
        .unsaved = [&session] { return session.unsaved(); },
        .storage_changed = [&app, wake](const std::string& key) {
            app.session().stored_elsewhere(key);
            app.gym_log().stored_elsewhere(key);  // another tab logged a set on this plan
            wake(3);
        },
        .gl_restored = [gl_restored, wake] {
            gl_restored();
            wake(3);
        },
        .mirror_json = [&app] { return mirror_json(app); },
    };
}

}  // namespace failsafe::app
