#include "log_store.hpp"

#include <cmath>

#include "log_entry.hpp"
#include "plan_store.hpp"
#include "platform.hpp"

namespace failsafe::app {
namespace {
constexpr size_t kKnownVersions = 8;  // enough for a few tabs writing at once
}  // namespace

Date today() {
    const double now = platform::now_seconds();
    const platform::LocalDay d = platform::local_day(now);
    return date_from_civil(d.year, d.month, d.day).value_or(static_cast<Date>(std::floor(now / 86400.0)));
}

void LogStore::follow(const std::string& plan_id, const std::string& plan_name) {
    if (following_ && plan_id == plan_id_) return;
    following_ = true;
    plan_id_ = plan_id;
    log_ = Log{};
    log_.plan = plan_name;
    if (auto unit = unit_from_id(platform::storage_get(kUnitKey).value_or(""))) log_.unit = *unit;
    start_.reset();
    unsaved_ = false;
    unreadable_.clear();
    synced_ = 0;
    known_.clear();
    ++version_;
    const auto value = platform::storage_get(kPrefix + plan_id);
    if (!value) return;
    auto stored = read_stored_log(*value);
    if (!stored) {
        unreadable_ = stored.error();
        return;
    }
    log_ = stored->log;
    start_ = stored->start;
    synced_ = stored->id;
    remember({stored->id, std::move(stored->log), stored->start});
}

void LogStore::remember(Known k) {
    if (known_.size() == kKnownVersions) known_.erase(known_.begin());
    known_.push_back(std::move(k));
}

bool LogStore::pull() {
    const auto value = platform::storage_get(kPrefix + plan_id_);
    if (!value || !unreadable_.empty()) return false;  // nothing stored yet (or any more); or never written over
    auto theirs = read_stored_log(*value);
    if (!theirs) {
        unreadable_ = theirs.error();
        ++version_;
        return false;
    }
    if (theirs->id == synced_) return false;
    // What their edits grew from: the version they wrote over, when this tab saw it; else the
    // last one this tab read or wrote.
    const Known* base = nullptr;
    for (const Known& k : known_)
        if (k.id == theirs->base || (!base && k.id == synced_)) base = &k;
    Known none;
    none.log.plan = log_.plan;
    none.log.unit = theirs->log.unit;
    if (!base) base = &none;
    Log merged = merge_logs(base->log, log_, theirs->log);
    const std::optional<Date> start = start_ == base->start ? theirs->start : start_;
    synced_ = theirs->id;
    const bool mine_too = merged != theirs->log || start != theirs->start;
    remember({theirs->id, std::move(theirs->log), theirs->start});
    log_ = std::move(merged);
    start_ = start;
    ++version_;
    return mine_too;
}

void LogStore::stored_elsewhere(const std::string& key) {
    if (!following_ || (!key.empty() && key != kPrefix + plan_id_)) return;
    std::string why;
    if (pull() || unsaved_) save(&why);  // a failed write shows on Today, as any other
}

bool LogStore::save(std::string* why) {
    if (!unreadable_.empty()) {
        *why = "the saved log could not be read (" + unreadable_ + "), so it is not written over";
        return false;
    }
    ++version_;
    uint64_t id = 0;
    const std::string value = stored_log_text(log_, start_, synced_, &id);
    unsaved_ = !platform::storage_set(kPrefix + plan_id_, value, why);
    if (unsaved_) return false;
    synced_ = id;
    remember({id, log_, start_});
    return true;
}

bool LogStore::edit(const LogAction& action, std::string* why) {
    pull();  // another tab's sets first: the edit goes on top of them
    if (!unreadable_.empty()) return save(why);  // says why, writes nothing
    auto next = failsafe::apply(log_, action);
    if (!next) {
        *why = next.error();
        return false;
    }
    log_ = std::move(*next);
    return save(why);
}

bool LogStore::set_start(std::optional<Date> start, std::string* why) {
    pull();
    if (!unreadable_.empty()) return save(why);
    start_ = start;
    return save(why);
}

bool LogStore::set_unit(Unit unit, std::string* why) {
    pull();
    if (!unreadable_.empty()) return save(why);
    std::string ignored;  // a preference: the log's own unit is what counts
    platform::storage_set(kUnitKey, std::string(unit_id(unit)), &ignored);
    log_.unit = unit;
    return save(why);
}

bool LogStore::replace(Log log, std::string* why) {
    if (!unreadable_.empty()) {  // the user chose the imported log: the unreadable one goes aside first (My plans lists it)
        std::string aside;
        for (int n = 0; aside.empty() || platform::storage_get(aside); ++n)  // never over another kept entry
            aside = std::string(PlanStore::kKept) + "log/" + plan_id_ + "/" + std::to_string(n);
        const auto value = platform::storage_get(kPrefix + plan_id_);
        if (value && !platform::storage_set(aside, *value, why)) return false;
        unreadable_.clear();
    } else {
        pull();  // what is stored now is what the import replaces
    }
    log_ = std::move(log);
    return save(why);
}

const LogAnalysis& LogStore::analysis(const Plan& plan, const Analysis& analysis, uint64_t generation) {
    if (generation != analysed_generation_ || version_ != analysed_version_) {
        analysis_ = analyze_log(plan, analysis, log_);
        analysed_generation_ = generation;
        analysed_version_ = version_;
    }
    return analysis_;
}

std::string LogStore::remove_stored(const std::string& plan_id) {
    std::string entry = platform::storage_get(kPrefix + plan_id).value_or("");
    if (!entry.empty()) platform::storage_remove(kPrefix + plan_id);
    return entry;
}

bool LogStore::restore_stored(const std::string& plan_id, const std::string& entry, std::string* why) {
    return entry.empty() || platform::storage_set(kPrefix + plan_id, entry, why);
}

}  // namespace failsafe::app
