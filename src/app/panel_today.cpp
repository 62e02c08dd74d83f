// Today: the session of the day in large type (from the block's start date and the weekday, or
// another day picked), a check-in before it, one tap a set to log it as planned, steppers to
// correct what was logged, a note, and the rest of the week below in small type. The log is the
// open plan's (log_store.hpp); every change to it is saved at once.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "page_text.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

constexpr float kLarge = 1.3f;  // the session's font scale

struct Place {
    int week = 0, day = 0;
    Date date = 0;  // the day's date: from the start date, else today
};

Date monday_of(Date d) { return d - weekday(d); }

// The week and day on the start date's calendar today (week 1 before the block starts, the last
// week after it ends), or the ones picked.
Place place_shown(App& app) {
    const UiState& ui = app.ui();
    const auto start = app.gym_log().start();
    const int weeks = static_cast<int>(app.plan().weeks.size());
    const Date now = today();
    Place p{0, weekday(now), now};
    if (start) p.week = std::clamp((now - monday_of(*start)) / 7, 0, weeks - 1);
    if (ui.today_week >= 0) p.week = std::min(ui.today_week, weeks - 1);
    if (ui.today_day >= 0) p.day = ui.today_day;
    if (start) p.date = monday_of(*start) + 7 * p.week + p.day;
    return p;
}

void edit(App& app, const LogAction& action) {
    std::string why;
    if (!app.gym_log().edit(action, &why)) app.toast("Not logged: " + why);
}

std::string date_text(float d) { return date_iso(static_cast<Date>(d)); }

// A load stepper's text: "102.5 kg" (the log's unit), or "no load".
std::string kg_text(float v) { return v > 0 ? load_text(v, Unit::kg) : std::string("no load"); }
std::string lb_text(float v) { return v > 0 ? load_text(v, Unit::lb) : std::string("no load"); }

// The unit of the log's loads: the user's pick, remembered for the next log. On the line before
// it when it fits.
void unit_picker(App& app) {
    LogStore& log = app.gym_log();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float radio = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + style.ItemSpacing.x;
    flow(ImGui::CalcTextSize("Loads in kg lb").x + 2 * radio, ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Loads in");
    for (int i = 0; i < kUnitCount; ++i) {
        const auto unit = static_cast<Unit>(i);
        const std::string id(unit_id(unit));
        ImGui::SameLine();
        std::string why;
        if (ImGui::RadioButton(id.c_str(), log.log().unit == unit) && log.log().unit != unit && !log.set_unit(unit, &why))
            app.toast(why);
        app.layout().add_last_item("today-unit:" + id);
    }
}

// The day's place and the buttons that move it; the block's start date.
void day_picker(App& app, const Place& p) {
    UiState& ui = app.ui();
    LogStore& log = app.gym_log();
    const int weeks = static_cast<int>(app.plan().weeks.size());
    int step = p.week * 7 + p.day;
    const std::string label = "Week " + std::to_string(p.week + 1) + " " + std::string(day_name(p.day)).substr(0, 3);
    if (step_int(app, "today-day", &step, 0, weeks * 7 - 1, label, stepper_width(app, "Week 16 Wed"))) {
        ui.today_week = step / 7;
        ui.today_day = step % 7;
    }
    if (ui.today_week >= 0 || ui.today_day >= 0) {
        ImGui::SameLine();
        if (small_button(app, "Today##back")) ui.today_week = ui.today_day = -1;
        app.layout().add_last_item("today-back");
    }
    if (ui.phone_tab == PhoneTab::today && ImGui::GetContentRegionAvail().x > 600) {  // the desktop's board is under it
        ImGui::SameLine();
        if (small_button(app, "Back to the plan")) ui.phone_tab = PhoneTab::plan;
        app.layout().add_last_item("today-close");
    }
    const auto start = log.start();
    std::string why;
    if (!start) {
        ImGui::TextDisabled("Set the day the block starts to open on the session of the day.");
        if (small_button(app, "The block starts this week") && !log.set_start(monday_of(today()), &why)) app.toast(why);
        app.layout().add_last_item("today-set-start");
    } else {
        float day = static_cast<float>(*start);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("Block start");
        ImGui::SameLine();
        if (step_float(app, "today-start", &day, 0.f, 47000.f, 1.f, date_text, stepper_width(app, "2026-12-31")) &&
            !log.set_start(static_cast<Date>(day), &why))
            app.toast(why);
    }
    unit_picker(app);
}

// "3 x 8-10 reps, 1 in reserve; the last 1 to failure; drop set"
std::string slot_text(const Slot& s) {
    std::string out = std::to_string(s.sets) + " x " + reps_text(s.reps) + " reps";
    if (s.rir > 0) out += ", " + std::to_string(s.rir) + " in reserve";
    const int failing = s.failure_count();
    if (failing == s.sets) out += ", every set to failure";
    else if (failing > 0) out += "; the last " + std::to_string(failing) + " to failure";
    if (s.technique != Technique::none) out += "; " + std::string(technique_name(s.technique));
    return out;
}

// The check-in, always in view above the sets: sleep, motivation and the soreness of the muscles about to be trained, 1-5.
void check_in(App& app, const Place& p, const Day& day, const failsafe::Session* session) {
    ImGui::TextDisabled("Before the session (1-5)");
    CheckIn c = session ? session->check_in : CheckIn{};
    bool changed = false;
    const float w = stepper_width(app, "not given");
    auto score = [&](const std::string& probe, uint8_t& v, const char* label) {
        int x = v;
        if (step_int(app, probe, &x, 0, log_limits::kMaxScore, x ? std::to_string(x) + " of 5" : "not given", w)) {
            v = static_cast<uint8_t>(x);
            changed = true;
        }
        side_label(label);
    };
    score("checkin-sleep", c.sleep, "Sleep (5: very good)");
    score("checkin-motivation", c.motivation, "Motivation (5: very high)");
    PerMuscle<bool> trained{};
    for (const Slot& s : day.slots)
        if (const Exercise* e = app.plan().exercise(s.exercise))
            for (int m = 0; m < kMuscleCount; ++m) trained[m] = trained[m] || e->muscles[m] >= 1.f;
    for (int m = 0; m < kMuscleCount; ++m)
        if (trained[m])
            score("checkin-sore:" + std::string(muscle_id(muscle_at(m))), c.soreness[m],
                  (std::string(muscle_label(muscle_at(m))) + " soreness (1: none)").c_str());
    if (changed) edit(app, logact::SetCheckIn{p.week, p.day, p.date, c});
}

// The load last logged for `exercise`, if any: a new set starts from it.
std::optional<float> last_load(const Log& log, const std::string& exercise) {
    for (auto s = log.sessions.rbegin(); s != log.sessions.rend(); ++s)
        for (const LogEntry& e : s->entries)
            if (e.exercise == exercise && !e.sets.empty() && e.sets.back().load) return e.sets.back().load;
    return std::nullopt;
}

// One slot: its name and what is planned, then a row a set.
void slot_rows(App& app, const Place& p, int index, const Slot& slot, const failsafe::Session* session) {
    const Exercise* ex = app.plan().exercise(slot.exercise);
    if (!ex) return;
    const LogEntry* entry = nullptr;
    if (session)
        for (const LogEntry& e : session->entries)
            if (e.slot == index && e.exercise == ex->slug) entry = &e;
    ImGui::SetWindowFontScale(kLarge);
    ImGui::TextUnformatted(ex->name.c_str());
    ImGui::SetWindowFontScale(1.f);
    ImGui::PushTextWrapPos(0.f);
    ImGui::TextUnformatted(slot_text(slot).c_str());
    ImGui::PopTextWrapPos();
    // A copy: an edit below replaces the log the entry is in.
    const std::vector<LoggedSet> sets = entry ? entry->sets : std::vector<LoggedSet>();
    const int logged = static_cast<int>(sets.size());
    const std::optional<float> next_load = logged > 0 ? sets.back().load : last_load(app.gym_log().log(), ex->slug);
    const int rows = std::max<int>(slot.sets, logged);
    const std::string at = std::to_string(index) + ".";
    const Unit unit = app.gym_log().log().unit;
    const float reps_w = stepper_width(app, "100 reps"), rir_w = stepper_width(app, "RIR 10"), load_w = stepper_width(app, "999.75 kg");
    for (int i = 0; i < rows; ++i) {
        ImGui::PushID(i);
        const std::string id = at + std::to_string(i);
        const bool failure = i >= slot.sets - slot.failure_count();
        LoggedSet planned{slot.reps.high, static_cast<uint8_t>(failure ? 0 : slot.rir), std::nullopt};
        if (i < logged) {
            LoggedSet s = sets[static_cast<size_t>(i)];
            int reps = s.reps, rir = s.rir;
            float load = s.load.value_or(0.f);
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            bool changed = step_int(app, "log-reps:" + id, &reps, 0, log_limits::kMaxReps, std::to_string(reps) + " reps", reps_w);
            flow(rir_w, right);  // on a phone: reps and reps in reserve on one line, the load under them
            changed |= step_int(app, "log-rir:" + id, &rir, 0, log_limits::kMaxRir, rir ? "RIR " + std::to_string(rir) : "failure", rir_w);
            flow(load_w, right);
            changed |= step_float(app, "log-load:" + id, &load, 0.f, log_limits::kMaxLoad, load_step(unit),
                                  unit == Unit::lb ? lb_text : kg_text, load_w);
            if (changed) {
                s.reps = static_cast<uint8_t>(reps);
                s.rir = static_cast<uint8_t>(rir);
                s.load = load > 0 ? std::optional<float>(load) : std::nullopt;
                edit(app, logact::CorrectSet{p.week, p.day, index, i, s});
            }
            flow(button_w("x") + 20, right);
            if (small_button(app, "x")) edit(app, logact::RemoveSet{p.week, p.day, index, i});
            app.layout().add_last_item("log-remove:" + id);
        } else {
            if (i == logged) planned.load = next_load;
            const std::string what = "set " + std::to_string(i + 1) + ": " + std::to_string(planned.reps) + " reps, " +
                                     (failure ? std::string("to failure") : std::to_string(planned.rir) + " in reserve") +
                                     (planned.load ? " at " + load_text(*planned.load, unit) : std::string());
            if (i == logged) {
                ImGui::SetWindowFontScale(kLarge);
                if (ImGui::Button(("Log " + what).c_str(), ImVec2(-1, std::max(touch_height(app), ImGui::GetFrameHeight())))) {
                    edit(app, logact::AddSet{p.week, p.day, p.date, index, ex->slug, planned});
                }
                ImGui::SetWindowFontScale(1.f);
                app.layout().add_last_item("log-set:" + id);
            } else {
                ImGui::TextDisabled("Then %s", what.c_str());
            }
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
}

void note(App& app, const Place& p, const failsafe::Session* session) {
    std::string& draft = app.ui().today_note;
    const unsigned id = ImGui::GetID("##note");
    if (ImGui::GetActiveID() != id) draft = session ? session->note : std::string();
    ImGui::TextDisabled("Note");
    page_text::Rule rule{log_limits::kMaxNoteBytes};
    ImGui::InputTextMultiline("##note", &draft, ImVec2(-1, ImGui::GetTextLineHeight() * 3 + 8), page_text::kFlags,
                              page_text::callback, &rule);
    app.layout().add_last_item("today-note");
    if (ImGui::IsItemDeactivatedAfterEdit() && draft != (session ? session->note : std::string()))
        edit(app, logact::SetNote{p.week, p.day, p.date, draft});
}

// The week's other days, one line each, small.
void rest_of_week(App& app, const Place& p) {
    const Week& week = app.plan().weeks[static_cast<size_t>(p.week)];
    ImGui::Separator();
    ImGui::TextDisabled("The rest of week %d", p.week + 1);
    ImGui::SetWindowFontScale(0.9f);
    ImGui::PushTextWrapPos(0.f);
    for (int d = 0; d < limits::kDays; ++d) {
        if (d == p.day) continue;
        std::string line = std::string(day_name(d)).substr(0, 3) + ": ";
        const auto& slots = week.days[static_cast<size_t>(d)].slots;
        if (slots.empty()) line += "rest";
        for (size_t i = 0; i < slots.size(); ++i) {
            const Exercise* e = app.plan().exercise(slots[i].exercise);
            line += (i ? ", " : "") + (e ? e->name : std::string("?")) + " " + std::to_string(slots[i].sets) + "x" + reps_text(slots[i].reps);
        }
        ImGui::TextDisabled("%s", line.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::SetWindowFontScale(1.f);
}

}  // namespace

bool training_today(App& app) {
    if (!app.gym_log().start()) return false;
    const Place p = place_shown(app);
    return !app.plan().weeks[static_cast<size_t>(p.week)].days[static_cast<size_t>(p.day)].slots.empty();
}

void draw_today(App& app, ImVec2 size) {
    ImGui::BeginChild("today", size, true);
    keyboard_panel(app);
    LogStore& log = app.gym_log();
    const Place p = place_shown(app);
    day_picker(app, p);
    if (!log.unreadable().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::over());
        ImGui::TextWrapped("The saved log of this plan could not be read (%s). It is left as it is; import a log to replace it.",
                           log.unreadable().c_str());
        ImGui::PopStyleColor();
    } else if (log.unsaved()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::over());
        ImGui::TextWrapped("The browser did not keep the last change to the log; it is kept here until it does.");
        ImGui::PopStyleColor();
        std::string why;
        if (small_button(app, "Save the log again") && !log.save(&why)) app.toast(why);
    }
    const Day& day = app.plan().weeks[static_cast<size_t>(p.week)].days[static_cast<size_t>(p.day)];
    const failsafe::Session* session = log.log().session(p.week, p.day);
    ImGui::SetWindowFontScale(kLarge);
    const std::string name = app.plan().day_names[static_cast<size_t>(p.day)];
    ImGui::Text("%s%s%s", std::string(day_name(p.day)).c_str(), name.empty() ? "" : " - ", name.c_str());
    ImGui::SetWindowFontScale(1.f);
    app.layout().add_last_item("today-title");
    ImGui::SameLine();
    if (small_button(app, "History")) open_history(app);  // the log week by week (log_charts.cpp)
    app.layout().add_last_item("today-history");
    ImGui::BeginDisabled(app.viewing_shared());  // a shared plan is someone else's: nothing to log
    if (day.slots.empty()) {
        ImGui::TextDisabled("A rest day.");
    } else {
        check_in(app, p, day, session);
        for (size_t i = 0; i < day.slots.size(); ++i) slot_rows(app, p, static_cast<int>(i), day.slots[i], session);
        note(app, p, session);
    }
    ImGui::EndDisabled();
    rest_of_week(app, p);
    ImGui::EndChild();
}

}  // namespace failsafe::app
