#include "plan_store.hpp"

#include <algorithm>
#include <cstdio>

#include "failsafe/formats.hpp"
#include "failsafe/utf8.hpp"
#include "platform.hpp"

namespace failsafe::app {
namespace {
// A saved entry: "<saved_at seconds>\n<plan JSON>". The plan JSON carries its format version.
std::string envelope(const Plan& plan, double saved_at) {
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "%.0f\n", saved_at);
    return stamp + plan_to_json(plan);
}
bool open_envelope(const std::string& value, double& saved_at, std::string& json) {
    const size_t nl = value.find('\n');
    if (nl == std::string::npos || nl == 0 || nl > 20) return false;
    saved_at = std::atof(value.substr(0, nl).c_str());
    json = value.substr(nl + 1);
    return true;
}
}  // namespace

std::vector<std::string> PlanStore::scan() {
    std::vector<std::string> messages;
    plans_.clear();
    for (const std::string& key : platform::storage_keys(kPrefix)) {
        const std::string id = key.substr(std::string(kPrefix).size());
        auto value = platform::storage_get(key);
        if (!value) continue;
        double saved_at = 0;
        std::string json;
        auto plan = open_envelope(*value, saved_at, json) ? plan_from_json(json) : Result<Plan>::fail("not a saved plan");
        if (!plan && plan.error().find("newer Failsafe") != std::string::npos) {
            // Not damaged: a newer Failsafe on this site reads it. Left in place, told once.
            if (std::find(newer_.begin(), newer_.end(), id) == newer_.end()) {
                newer_.push_back(id);
                messages.push_back("A saved plan was made by a newer Failsafe (" + utf8::quote(plan.error(), 120) +
                                   "). It is left as it is for that version; your other plans are here.");
            }
            continue;
        }
        if (!plan) {
            keep_aside(key, *value);
            messages.push_back("A saved plan could not be read (" + utf8::quote(plan.error(), 120) +
                               "). It was kept aside, unchanged; your other plans are here.");
            continue;
        }
        if (std::none_of(synced_.begin(), synced_.end(), [&](const auto& s) { return s.first == id; })) synced(id, *value);
        // Newest first, kept in order as they are read (a std::sort instantiation costs 1.5 KB of wasm).
        auto at = plans_.begin();
        while (at != plans_.end() && at->saved_at >= saved_at) ++at;
        plans_.insert(at, {id, plan->name, saved_at});
    }
    return messages;
}

void PlanStore::keep_aside(const std::string& key, const std::string& value) {
    // Never overwrite: find a free name, then move the entry there.
    std::string aside;
    for (int n = 0;; ++n) {
        aside = std::string(kKept) + key.substr(std::string(kPrefix).size()) + "/" + std::to_string(n);
        if (!platform::storage_get(aside)) break;
    }
    std::string why;
    if (platform::storage_set(aside, value, &why)) platform::storage_remove(key);
}

Result<Plan> PlanStore::load(const std::string& id) const {
    auto value = platform::storage_get(kPrefix + id);
    if (!value) return Result<Plan>::fail("that plan is no longer saved");
    double saved_at = 0;
    std::string json;
    if (!open_envelope(*value, saved_at, json)) return Result<Plan>::fail("the saved plan is damaged");
    return plan_from_json(json);
}

Result<Plan> PlanStore::open(const std::string& id) {
    auto value = platform::storage_get(kPrefix + id);
    auto plan = load(id);
    if (plan && value) synced(id, *value);
    return plan;
}

bool PlanStore::save(const std::string& id, const Plan& plan, std::string* why) {
    const double now = platform::now_seconds();
    const std::string value = envelope(plan, now);
    if (!platform::storage_set(kPrefix + id, value, why)) return false;
    synced(id, value);
    // The newest save goes first (the list is most recent first).
    auto it = std::find_if(plans_.begin(), plans_.end(), [&](const SavedPlan& p) { return p.id == id; });
    if (it == plans_.end()) it = plans_.insert(plans_.end(), {id, plan.name, now});
    else *it = {id, plan.name, now};
    std::rotate(plans_.begin(), it, it + 1);
    return true;
}

std::string PlanStore::remove(const std::string& id) {
    std::string entry = platform::storage_get(kPrefix + id).value_or("");
    platform::storage_remove(kPrefix + id);
    plans_.erase(std::remove_if(plans_.begin(), plans_.end(), [&](const SavedPlan& p) { return p.id == id; }), plans_.end());
    return entry;
}

bool PlanStore::restore(const std::string& id, const std::string& entry, std::string* why) {
    if (!platform::storage_set(kPrefix + id, entry, why)) return false;
    scan();
    return true;
}

void PlanStore::synced(const std::string& id, const std::string& value) {
    const size_t hash = std::hash<std::string>{}(value);
    for (auto& s : synced_)
        if (s.first == id) return void(s.second = hash);
    synced_.emplace_back(id, hash);
}

bool PlanStore::changed_elsewhere(const std::string& id) const {
    const auto value = platform::storage_get(kPrefix + id);
    if (!value) return false;
    const auto it = std::find_if(synced_.begin(), synced_.end(), [&](const auto& s) { return s.first == id; });
    return it == synced_.end() || it->second != std::hash<std::string>{}(*value);
}

std::vector<std::string> PlanStore::kept() const { return platform::storage_keys(kKept); }

std::string PlanStore::kept_text(const std::string& key) const {
    const auto value = platform::storage_get(key);
    if (!value) return {};
    double saved_at = 0;
    std::string json;
    return open_envelope(*value, saved_at, json) ? json : *value;
}

void PlanStore::remove_kept(const std::string& key) {
    if (key.rfind(kKept, 0) == 0) platform::storage_remove(key);
}

std::string PlanStore::new_id() const {
    static int counter = 0;
    char buf[40];
    std::snprintf(buf, sizeof buf, "p%.0f-%d", platform::now_seconds() * 1000.0, ++counter);
    return buf;
}

std::optional<std::string> PlanStore::current() const { return platform::storage_get(kCurrent); }

void PlanStore::set_current(const std::string& id) {
    std::string why;
    platform::storage_set(kCurrent, id, &why);
}

}  // namespace failsafe::app
