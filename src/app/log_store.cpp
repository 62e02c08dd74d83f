#include "log_store.hpp"

#include <cmath>

#include "failsafe/utf8.hpp"
#include "log_entry.hpp"
#include "plan_store.hpp"
#include "platform.hpp"

namespace failsafe::app {
namespace {
constexpr size_t kKnownVersions = 8;  // enough for a few tabs writing at once

// The log and start date of a stored entry: "" or why it cannot be read.
std::string read_entry(const std::string& entry, Log& log, std::optional<Date>& start) {
    StoredLogParts parts;
    if (!split_stored_log(entry, parts)) return "not a saved log";
    auto read = log_from_json(parts.json);
    if (!read) return utf8::quote(read.error(), 120);
    log = std::move(*read);
    start = parts.start;
    return {};
}
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
    unreadable_ = read_entry(*value, log_, start_);
    if (!unreadable_.empty()) return;
    synced_ = stored_log_id(*value);
    remember(*value);
}

void LogStore::remember(std::string entry) {
    if (known_.size() == kKnownVersions) known_.erase(known_.begin());
    known_.push_back(std::move(entry));
}

bool LogStore::pull() {
    const auto value = platform::storage_get(kPrefix + plan_id_);
    // Nothing stored (yet, or any more), or what is stored was never read: nothing to take in.
    if (!value || !unreadable_.empty() || stored_log_id(*value) == synced_) return false;
    Log theirs;
    std::optional<Date> their_start;
    if (auto bad = read_entry(*value, theirs, their_start); !bad.empty()) {  // left as it is, and this tab's log with it
        unreadable_ = bad;
        ++version_;
        return false;
    }
    // What their edits grew from: the entry they wrote over when this tab had it, else the last
    // one this tab read or wrote (an empty log when none).
    StoredLogParts parts;
    split_stored_log(*value, parts);
    const std::string* grew_from = nullptr;
    for (const std::string& k : known_) {
        const uint64_t id = stored_log_id(k);
        if (id == parts.base || (id == synced_ && !grew_from)) grew_from = &k;
    }
    Log base;
    base.plan = log_.plan;
    std::optional<Date> base_start;
    if (grew_from) read_entry(*grew_from, base, base_start);
    synced_ = stored_log_id(*value);
    remember(*value);
    log_ = merge_logs(base, log_, theirs);
    if (start_ == base_start) start_ = their_start;
    ++version_;
    return log_to_json(log_) != parts.json || start_ != their_start;
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
    std::string value = stored_log_text(log_, start_, synced_);
    unsaved_ = !platform::storage_set(kPrefix + plan_id_, value, why);
    if (unsaved_) return false;
    synced_ = stored_log_id(value);
    remember(std::move(value));
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
