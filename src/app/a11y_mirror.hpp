// src/app/a11y_mirror.hpp - what a screen reader reads instead of the canvas: the board's week
// (each day's exercises with sets, reps, RIR and failure), every muscle's budget with its state,
// and the findings, as text from the core's words. web/shell.js renders it into a visually
// hidden region and announces the muscles whose budget changed.
#pragma once
#include <cstdint>
#include <string>

namespace failsafe::app {
class App;

// The mirror as compact JSON for web/shell.js:
// {"title", "week", "days": [[day, [exercise line...], rest text]...], "budget": {"title", "head": [...],
//  "rows": [[muscle, hard sets, band, state, failure sets, sentence]...]},
//  "findings": {"title", "summary", "items": [[severity, place, message]...]},
//  and while History is open "history": {"title", "items": [a sentence a week...]}}
std::string mirror_json(App& app);

// Tells the page when the mirror is out of date: after an edit (the analysis changed) or when
// another week is shown, or History shows something else. Cheap: once a frame, a few comparisons.
class MirrorWatch {
public:
    void after_frame(App& app);

private:
    uint64_t generation_ = ~0ull;
    int week_ = -1;
    std::string history_;  // what History showed, when open
};

}  // namespace failsafe::app
