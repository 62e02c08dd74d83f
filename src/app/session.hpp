// src/app/session.hpp - which saved plan the document is, and keeping it: autosave with retries
// while saving fails, another tab's saves (followed, or both versions kept), plans opened from a
// share link, the address bar, and the messages about all of these. docs/reliability.md.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "document.hpp"
#include "plan_store.hpp"

namespace failsafe::app {

class Session {
public:
    // `toast(text, offer_undo)` tells the user something in passing.
    Session(Document& doc, std::function<void(std::string, bool)> toast);

    // Opens the plan from last time, reports saved data that could not be read, then opens a
    // share link in the URL if there is one.
    void start();
    // The document's own plan changed: it is saved after a short pause.
    void changed();
    // The debounced autosave, and its retries while saving fails; true when a banner came or went.
    bool tick();
    // Saves now if anything is unsaved; when another tab saved this plan meanwhile, this tab's
    // version is kept as a plan of its own.
    void save_now();
    bool unsaved() const { return dirty_; }
    const std::string& save_error() const { return save_error_; }  // "" while saving works
    // Another tab wrote storage `key` ("" when it cleared storage).
    void stored_elsewhere(const std::string& key);

    // Opens a saved plan, or starts a new saved plan from `plan`. The open plan is saved first;
    // while it cannot be, it stays open (false, and a toast says why): its edit is never dropped.
    bool switch_to(const std::string& id);
    bool start_new(Plan plan, const std::string& label);
    // Deletes a saved plan that is not open, and its gym log; undo_delete() puts the last one back
    // with its log.
    void delete_plan(const std::string& id);
    void undo_delete();
    bool can_undo_delete() const { return !deleted_.id.empty(); }

    // The page's #fragment: a share link (p=...) opens read-only; anything else closes it.
    void open_link(const std::string& fragment);
    bool keep_shared_copy();
    void close_shared();
    // The link to the plan on screen: the page's address and "#p=..." (docs/formats.md).
    std::string link() const;
    // The same link, also put in the address bar (the share dialog). The next edit takes it out,
    // so a reload never shows an older version of the user's own plan as a shared one.
    std::string share();

    PlanStore& store() { return store_; }
    const std::string& plan_id() const { return plan_id_; }
    // Messages that stay until dismissed (unreadable saved data, links that did not open...).
    std::vector<std::string>& notices() { return notices_; }

private:
    void keep_both_versions();
    bool saved_before_leaving();

    Document& doc_;
    std::function<void(std::string, bool)> toast_;
    PlanStore store_;
    std::string plan_id_;            // the saved plan being edited
    bool dirty_ = false;             // changed since the last save (or saving failed)
    double changed_at_ = 0;          // seconds (wall clock)
    double attempted_at_ = 0;        // the last save attempt, seconds (wall clock)
    std::string save_error_;         // shown until a save works again
    bool asked_persist_ = false;
    bool link_in_url_ = false;
    std::vector<std::string> notices_;
    struct Deleted {
        std::string id, plan, log;  // the last deleted plan: its id, its stored entry and its log's ("" for none)
    } deleted_;
};

}  // namespace failsafe::app
