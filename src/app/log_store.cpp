#include "log_store.hpp"

#include <cmath>

#include "failsafe/utf8.hpp"
#include "plan_store.hpp"
#include "platform.hpp"

namespace failsafe::app {
namespace {
constexpr std::string_view kStartTag = "start=";
}  // namespace

Date today() { return static_cast<Date>(std::floor(platform::now_seconds() / 86400.0)); }

void LogStore::follow(const std::string& plan_id, const std::string& plan_name) {
    if (following_ && plan_id == plan_id_) return;
    following_ = true;
    plan_id_ = plan_id;
    log_ = Log{};
    log_.plan = plan_name;
    start_.reset();
    unsaved_ = false;
    unreadable_.clear();
    ++version_;
    const auto value = platform::storage_get(kPrefix + plan_id);
    if (!value) return;
    const size_t nl = value->find('\n');
    if (value->rfind(kStartTag, 0) != 0 || nl == std::string::npos) {
        unreadable_ = "not a saved log";
        return;
    }
    const std::string start_text = value->substr(kStartTag.size(), nl - kStartTag.size());
    auto log = log_from_json(std::string_view(*value).substr(nl + 1));
    if (!log) {
        unreadable_ = utf8::quote(log.error(), 120);
        return;
    }
    log_ = std::move(*log);
    start_ = date_from_iso(start_text);
}

bool LogStore::save(std::string* why) {
    if (!unreadable_.empty()) {
        *why = "the saved log could not be read (" + unreadable_ + "), so it is not written over";
        return false;
    }
    ++version_;
    const std::string value = std::string(kStartTag) + (start_ ? date_iso(*start_) : std::string()) + "\n" + log_to_json(log_);
    unsaved_ = !platform::storage_set(kPrefix + plan_id_, value, why);
    return !unsaved_;
}

bool LogStore::edit(const LogAction& action, std::string* why) {
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
    if (!unreadable_.empty()) return save(why);
    start_ = start;
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

}  // namespace failsafe::app
