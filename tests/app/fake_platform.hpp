// tests/app/fake_platform.hpp - the platform seam (src/platform/platform.hpp) for the headless
// app tests: storage in memory (writes can be made to fail, another tab can write), a wall
// clock the test moves, the page's #fragment, and records of files offered and text copied.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform.hpp"

namespace failsafe::fake {

struct SavedFile {
    std::string name, text;
};

struct Platform {
    std::map<std::string, std::string> storage;  // local storage, by key
    bool writes_fail = false;                    // a full quota: every write is refused
    double now = 1'700'000'000.0;                // the wall clock, seconds
    std::string time_zone = "UTC0";              // the user's (a TZ value: "America/Los_Angeles")
    std::string fragment;                        // the page's #fragment, without '#'
    std::vector<SavedFile> files;                // every file offered for download
    std::vector<std::string> copied;             // every text put on the clipboard
    std::vector<std::string> fatal;              // every fatal message
    int persist_requests = 0;
    bool coarse_pointer = false;                 // a phone: (pointer: coarse) matches
    // Whether the app is building a frame (set by the harness); storage written while it is,
    // is listed in writes_in_frame (a change that landed in the middle of a frame).
    std::function<bool()> in_frame;
    std::vector<std::string> writes_in_frame;
    std::vector<std::string> write_attempts;  // the key of every write and removal, refused or not
    // Called at every storage call ("get", "set", "remove", "keys") with its key or prefix.
    std::function<void(const std::string& call, const std::string& key)> observer;

    // The page's text input (src/app/page_text.hpp): off, as natively, unless a test turns it on.
    struct PageInput {
        bool on = false;
        bool shown = false;        // placed and not hidden since
        platform::TextBox box;     // where it was last placed
        std::string text;          // what it holds
        int sel_start = 0, sel_end = 0;
        int places = 0;            // calls that placed it
        bool typed = false;        // the user typed: the app has not taken the text yet
        // The user types (or pastes, or ends a composition): the input holds `t`, the caret after it.
        void type(std::string t) {
            text = std::move(t);
            sel_start = sel_end = static_cast<int>(text.size());
            typed = true;
        }
    } input;
    int mirror_changes = 0;  // times the app said the screen-reader mirror changed
    // The UI font's second file: fetches asked for; with font_waits, the file arrives only at
    // deliver_font() (as from the network, later); with font_fails, empty (offline).
    int font_fetches = 0;
    bool font_waits = false, font_fails = false;
    std::optional<std::string> font_file;  // what extra_font() gives
    void deliver_font();
    // The characters the "system's fonts" drew last time they were asked: each a solid 6 x 9 px block.
    std::vector<unsigned> system_glyphs;

    // Another tab (or window) writes `key`: storage changes without this tab's knowledge.
    void other_tab_writes(const std::string& key, const std::string& value) { storage[key] = value; }
    // The keys under `prefix`, in order.
    std::vector<std::string> keys(const std::string& prefix) const;
};

// The one fake platform the app's platform:: calls reach.
Platform& platform();
// Starts over: empty storage, writes working, the clock at its start, no records.
void reset();

}  // namespace failsafe::fake
