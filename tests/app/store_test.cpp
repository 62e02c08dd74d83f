// Saved plans through the app: autosave and reload, entries that cannot be read kept aside
// (listed, downloaded, deleted from My plans), a deleted plan brought back, a failed save
// retried, and another tab's save while this tab has an unsaved edit.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "steps.hpp"

using namespace failsafe;
using app::PlanStore;
using test::Harness;

namespace {

using test::kDebounce;
using test::kRetry;
using test::open_my_plans;
using test::plan_key;
using test::saved_earlier;
using test::wait;

bool has_notice(Harness& h, const std::string& part) {
    const auto& n = h.app().session().notices();
    return std::any_of(n.begin(), n.end(), [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

bool has_toast(Harness& h, const std::string& part) {
    const auto& t = h.app().ui().toasts;
    return std::any_of(t.begin(), t.end(), [&](const app::Toast& m) { return m.text.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("an edit is saved a second after it, and the plan is there after a reload") {
    Harness h;
    h.drag("lib:back-squat", "day:0");
    CHECK(h.app().session().unsaved());
    wait(h, kDebounce * 0.5);
    CHECK(h.app().session().unsaved());  // still within the pause
    CHECK(h.platform().keys(PlanStore::kPrefix).empty());
    wait(h, kDebounce * 0.6);
    CHECK_FALSE(h.app().session().unsaved());
    const std::string id = h.app().plan_id();
    CHECK(h.platform().storage.count(plan_key(id)) == 1);
    CHECK(h.app().store().plans().size() == 1);

    const Plan saved = h.app().plan();
    h.reload();
    CHECK(h.app().plan() == saved);
    CHECK(h.app().plan_id() == id);
    CHECK(h.has("slot:0.0.0"));
}

TEST_CASE("an unreadable saved entry is kept aside and reported; My plans downloads and deletes it") {
    Harness h(test::kDesktop, false);
    saved_earlier("good", "Good plan", 1000);
    const std::string broken = "1000\n{\"format\": \"failsafe-plan\", \"version\": 1, \"weeks\": [";
    h.platform().storage[plan_key("broken")] = broken;
    h.start();

    CHECK(h.app().plan().name == "Good plan");  // everything readable stays available
    CHECK(has_notice(h, "could not be read"));
    CHECK(h.platform().storage.count(plan_key("broken")) == 0);
    REQUIRE(h.platform().keys(PlanStore::kKept) == std::vector<std::string>{"failsafe/kept/broken/0"});
    CHECK(h.platform().storage["failsafe/kept/broken/0"] == broken);  // unchanged

    // Another tab writes a damaged entry under the same id: kept aside too, never overwriting.
    h.platform().other_tab_writes(plan_key("broken"), "garbage");
    h.app().session().stored_elsewhere(plan_key("broken"));
    CHECK(h.platform().keys(PlanStore::kKept) == std::vector<std::string>{"failsafe/kept/broken/0", "failsafe/kept/broken/1"});

    open_my_plans(h);
    h.click("kept-download:0");
    REQUIRE_FALSE(h.platform().files.empty());
    CHECK(h.platform().files.back().name == "unreadable-plan-1.json");
    CHECK(h.platform().files.back().text == broken.substr(5));  // the plan text, without the save time

    h.click("kept-delete:0");  // asks again
    CHECK(h.platform().storage.count("failsafe/kept/broken/0") == 1);
    h.click("kept-delete:0");  // "Delete for good"
    CHECK(h.platform().keys(PlanStore::kKept) == std::vector<std::string>{"failsafe/kept/broken/1"});
    CHECK(h.has("kept-delete:0"));
    CHECK_FALSE(h.has("kept-delete:1"));

    h.click("dialog-close");
    h.reload();
    CHECK_FALSE(has_notice(h, "could not be read"));  // reported once, when it was found
}

TEST_CASE("a plan deleted from My plans comes back with Undo delete") {
    Harness h(test::kDesktop, false);
    test::two_saved_plans();
    h.start();
    REQUIRE(h.app().plan_id() == "open");
    const std::string entry = h.platform().storage.at(plan_key("other"));

    open_my_plans(h);
    h.click("plans-delete:0");
    CHECK(h.platform().storage.count(plan_key("other")) == 0);
    CHECK(h.app().store().plans().size() == 1);
    CHECK_FALSE(h.has("plans-delete:0"));  // the open plan cannot be deleted
    h.click("plans-undo-delete");
    CHECK(h.platform().storage.at(plan_key("other")) == entry);
    CHECK(h.app().store().plans().size() == 2);
    CHECK(h.has("plans-delete:0"));
    CHECK_FALSE(h.has("plans-undo-delete"));
    CHECK(h.app().plan_id() == "open");
}

TEST_CASE("a failed save keeps the edit unsaved with the banner, and it is saved on retry once writes work") {
    Harness h;
    h.platform().writes_fail = true;
    h.drag("lib:back-squat", "day:0");
    const Plan edited = h.app().plan();
    wait(h, kDebounce + 0.1);
    CHECK(h.app().session().unsaved());
    CHECK_FALSE(h.app().session().save_error().empty());
    CHECK(h.app().plan() == edited);  // still on screen
    CHECK(h.platform().keys(PlanStore::kPrefix).empty());

    const size_t attempts = h.platform().write_attempts.size();
    h.platform().writes_fail = false;
    wait(h, kRetry - 1);
    CHECK(h.platform().write_attempts.size() == attempts);  // no retry before 5 s
    CHECK(h.app().session().unsaved());
    wait(h, 1.0);
    CHECK_FALSE(h.app().session().unsaved());
    CHECK(h.app().session().save_error().empty());  // the banner is gone
    h.reload();
    CHECK(h.app().plan() == edited);
}

TEST_CASE("another tab's save while this tab has an unsaved edit keeps both versions") {
    Harness h;
    const std::string id = test::saved_edit(h);
    h.drag("lib:front-squat", "day:0");  // unsaved: the pause is not over
    REQUIRE(h.app().session().unsaved());
    const Plan mine = h.app().plan();

    const Plan theirs = test::other_tab_renames(id);
    h.app().session().stored_elsewhere(plan_key(id));  // the storage event, as the page bridge passes it
    h.frame();

    CHECK(h.app().plan_id() != id);
    CHECK(h.app().plan().name == mine.name + " (this tab)");
    CHECK(h.app().plan().weeks == mine.weeks);
    CHECK(has_notice(h, "Both versions are kept"));
    CHECK(h.platform().keys(PlanStore::kPrefix).size() == 2);
    auto stored_theirs = PlanStore().load(id);
    REQUIRE(stored_theirs);
    CHECK(*stored_theirs == theirs);  // not overwritten
    CHECK(h.app().store().plans().size() == 2);
    open_my_plans(h);
    CHECK(h.has("plans-open:0") != h.has("plans-open:1"));  // the other tab's version, listed to open
}

TEST_CASE("another tab's save while this tab has nothing unsaved is followed, as one undo step") {
    Harness h;
    const std::string id = test::saved_edit(h);
    const Plan mine = h.app().plan();

    const Plan theirs = test::other_tab_renames(id);
    h.app().session().stored_elsewhere(plan_key(id));
    h.frame();
    CHECK(h.app().plan_id() == id);
    CHECK(h.app().plan() == theirs);
    CHECK(has_toast(h, "another tab"));
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == mine);
}
