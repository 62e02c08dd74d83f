#include "session.hpp"

#include <algorithm>

#include "failsafe/formats.hpp"
#include "log_store.hpp"
#include "platform.hpp"

namespace failsafe::app {

Session::Session(Document& doc, std::function<void(std::string, bool)> toast) : doc_(doc), toast_(std::move(toast)) {}

void Session::start() {
    for (std::string& m : store_.scan()) notices_.push_back(std::move(m));
    std::optional<std::string> id = store_.current();
    const auto& saved = store_.plans();
    if (!id || std::none_of(saved.begin(), saved.end(), [&](const SavedPlan& p) { return p.id == *id; }))
        id = saved.empty() ? std::nullopt : std::optional(saved.front().id);
    if (id) {
        if (auto p = store_.open(*id)) {
            doc_.reset(std::move(*p));
            plan_id_ = *id;
        }
    }
    if (plan_id_.empty()) plan_id_ = store_.new_id();  // saved after the first change
    store_.set_current(plan_id_);
    open_link(platform::url_fragment());
}

void Session::changed() {
    dirty_ = true;
    changed_at_ = platform::now_seconds();
    if (link_in_url_) {
        link_in_url_ = false;
        platform::replace_url_fragment("");
    }
}

bool Session::tick() {
    constexpr double kDebounceSeconds = 1.0;  // after the last change
    constexpr double kRetrySeconds = 5.0;     // between attempts while saving fails
    if (!dirty_) return false;
    const double now = platform::now_seconds();
    const bool retry = save_error_.empty() || changed_at_ > attempted_at_ || now - attempted_at_ >= kRetrySeconds;
    if (now - changed_at_ < kDebounceSeconds || !retry) return false;
    const bool had_error = !save_error_.empty();
    save_now();
    return had_error != !save_error_.empty();
}

void Session::save_now() {
    if (!dirty_) return;
    attempted_at_ = platform::now_seconds();
    if (store_.changed_elsewhere(plan_id_)) keep_both_versions();
    std::string why;
    if (!store_.save(plan_id_, doc_.own(), &why)) {
        // The edit stays unsaved (dirty_): retried on the next change, every few seconds and on
        // page hide, and the page asks before it is closed.
        save_error_ = why.empty() ? "the browser did not keep it" : why;
        return;
    }
    dirty_ = false;
    save_error_.clear();
    store_.set_current(plan_id_);
    if (!asked_persist_) {
        asked_persist_ = true;
        platform::request_persistent_storage();
    }
}

// Another tab saved this plan while this one had an unsaved edit: this tab's version becomes a
// plan of its own, so neither overwrites the other.
void Session::keep_both_versions() {
    plan_id_ = store_.new_id();
    Plan mine = doc_.own();
    mine.name = fit_name(mine.name + " (this tab)");
    doc_.amend(std::move(mine));
    dirty_ = true;
    notices_.push_back("This plan was also changed in another tab. Both versions are kept: this tab now edits \"" + doc_.own().name +
                       "\", and the other tab's version is in My plans.");
}

void Session::stored_elsewhere(const std::string& key) {
    const bool plan_list = key.empty() || key.rfind(PlanStore::kPrefix, 0) == 0;  // "" when storage was cleared
    if (!plan_list) return;
    for (std::string& m : store_.scan()) notices_.push_back(std::move(m));
    if (key != store_.key(plan_id_) || !store_.changed_elsewhere(plan_id_)) return;
    if (dirty_) {
        save_now();  // keeps both versions
        return;
    }
    auto theirs = store_.open(plan_id_);
    if (!theirs || *theirs == doc_.own()) return;
    doc_.record(std::move(*theirs), "Changes from another tab", 0);
    toast_("Updated with changes made in another tab", true);
}

bool Session::saved_before_leaving() {
    save_now();
    if (!dirty_) return true;
    toast_("Not done: this plan's changes could not be saved (" + save_error_ +
               "), so it stays open. Export it, or free some space, first.",
           false);
    return false;
}

bool Session::switch_to(const std::string& id) {
    if (!saved_before_leaving()) return false;
    auto p = store_.open(id);
    if (!p) {
        toast_("Could not open that plan: " + p.error(), false);
        return false;
    }
    doc_.reset(std::move(*p));
    plan_id_ = id;
    store_.set_current(id);
    return true;
}

bool Session::start_new(Plan plan, const std::string& label) {
    if (!saved_before_leaving()) return false;
    doc_.reset(std::move(plan));
    plan_id_ = store_.new_id();
    store_.set_current(plan_id_);
    changed();
    save_now();  // a new plan is kept at once
    toast_(label, false);
    return true;
}

void Session::delete_plan(const std::string& id) {
    if (id == plan_id_) return;  // the open plan is not deleted from under the user
    deleted_ = {id, store_.remove(id), LogStore::remove_stored(id)};
    toast_(deleted_.log.empty() ? "Deleted a saved plan" : "Deleted a saved plan and its gym log", false);
}

void Session::undo_delete() {
    std::string why;
    if (!store_.restore(deleted_.id, deleted_.plan, &why) || !LogStore::restore_stored(deleted_.id, deleted_.log, &why)) {
        toast_("Could not bring the plan back: " + why, false);  // still deleted_: Undo delete tries again
        return;
    }
    deleted_ = {};
}

void Session::open_link(const std::string& fragment) {
    if (fragment.rfind("p=", 0) != 0) {
        if (doc_.viewing_shared()) close_shared();
        return;
    }
    auto p = decode_link(fragment);
    if (!p) {
        notices_.push_back("This link could not be opened: " + p.error() + ". Your own plan is unchanged.");
        platform::replace_url_fragment("");
        return;
    }
    if (*p == doc_.own()) {  // the user's own plan (shared from here): just keep editing it
        link_in_url_ = true;   // and the next edit takes the link out of the address bar
        return;
    }
    doc_.show_shared(std::move(*p));
}

std::string Session::link() const { return platform::page_url() + "#p=" + encode_link(doc_.plan()); }

std::string Session::share() {
    const std::string url = link();
    platform::replace_url_fragment(url.substr(url.find('#') + 1));
    link_in_url_ = true;
    return url;
}

bool Session::keep_shared_copy() {
    if (!doc_.viewing_shared() || !start_new(*doc_.shared(), "Kept a copy of the shared plan")) return false;
    platform::replace_url_fragment("");  // start_new closed the shared view
    return true;
}

void Session::close_shared() {
    doc_.close_shared();
    platform::replace_url_fragment("");
}

}  // namespace failsafe::app
