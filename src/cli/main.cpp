// failsafe - the planning core on the command line.
//   failsafe analyze PLAN.json [--json] [--log LOG.json]
//                                         per week and muscle: sets, budgets, fatigue; findings;
//                                         with a gym log, what it says against the plan
//   failsafe check PLAN.json              exit 1 when the plan has an error finding
//   failsafe link PLAN.json               the share-link payload (what goes after #p=)
//   failsafe open LINK-OR-PAYLOAD         the plan in a link, as JSON
//   failsafe new [TEMPLATE]               a template plan as JSON (without TEMPLATE: the list)
// Exit status: 0 ok, 1 findings (check), 2 bad input, usage or unwritable output (one line on
// stderr). A plan is read up to 1 MiB, a log up to 2 MiB; names are printed with control
// characters escaped.
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "escape.hpp"
#include "failsafe/formats.hpp"
#include "failsafe/log_analysis.hpp"
#include "failsafe/templates.hpp"
#include "io.hpp"
#include "table.hpp"

using namespace failsafe;

namespace {
constexpr std::string_view kUsage =
    "usage: failsafe analyze PLAN.json [--json] [--log LOG.json]\n"
    "       failsafe check PLAN.json\n"
    "       failsafe link PLAN.json\n"
    "       failsafe open LINK-OR-PAYLOAD\n"
    "       failsafe new [TEMPLATE]\n";

int bad_input(const std::string& message) {
    cli::complain(message);
    return 2;
}

int usage() {
    std::fwrite(kUsage.data(), 1, kUsage.size(), stderr);
    return 2;
}

// JSON output, with DEL and C1 controls escaped like the C0 ones.
void write_json(const std::string& json) { cli::write_out(cli::visible_json(json)); }

// Reads a plan file ("-" for stdin), at most kMaxJsonBytes of it.
Result<Plan> read_plan(const std::string& path) {
    auto text = cli::read_input(path);
    if (!text) return Result<Plan>::fail(text.error());
    auto plan = plan_from_json(*text);
    if (!plan) return Result<Plan>::fail(cli::input_name(path) + ": " + plan.error());
    return plan;
}

// Reads a gym log file ("-" for stdin), at most kMaxLogBytes of it.
Result<Log> read_log(const std::string& path) {
    auto text = cli::read_input(path, kMaxLogMiB, "a log");
    if (!text) return Result<Log>::fail(text.error());
    auto log = log_from_json(*text);
    if (!log) return Result<Log>::fail(cli::input_name(path) + ": " + log.error());
    return log;
}

// The analysis JSON with the log's under "log": the same object, one member more.
std::string with_log_json(std::string analysis, std::string log) {
    while (!analysis.empty() && analysis.back() == '\n') analysis.pop_back();
    while (!log.empty() && log.back() == '\n') log.pop_back();
    if (!analysis.empty()) analysis.pop_back();  // the closing brace of analysis_to_json's object
    return analysis + ",\"log\":" + log + "}\n";
}
int run(int argc, char** argv) {
    if (argc >= 2 && std::strcmp(argv[1], "new") == 0 && argc <= 3) {
        if (argc == 2) return cli::write_out(cli::template_list()), 0;
        for (const auto& t : templates())
            if (t.id == argv[2]) return write_json(plan_to_json(t.plan)), 0;
        return bad_input(std::string("no template \"") + argv[2] + "\" (failsafe new lists them)");
    }
    if (argc < 3) return usage();
    const std::string command = argv[1], arg = argv[2];
    bool as_json = false;
    std::optional<std::string> log_path;
    for (int i = 3; i < argc; ++i) {  // options: analyze only, each once
        if (command != "analyze") return usage();
        if (std::strcmp(argv[i], "--json") == 0 && !as_json) as_json = true;
        else if (std::strcmp(argv[i], "--log") == 0 && !log_path && i + 1 < argc) log_path = argv[++i];
        else return usage();
    }
    if (log_path && *log_path == "-" && arg == "-") return bad_input("the plan and the log cannot both come from standard input");
    if (command == "open") {
        auto plan = decode_link(arg);
        if (!plan) return bad_input(plan.error());
        write_json(plan_to_json(*plan));
        return 0;
    }
    if (command != "analyze" && command != "check" && command != "link") return usage();
    auto plan = read_plan(arg);
    if (!plan) return bad_input(plan.error());
    if (command == "link") {
        cli::write_out(encode_link(*plan) + "\n");
        return 0;
    }
    const Analysis analysis = analyze(*plan);
    if (command == "check") {
        const int errors = analysis.count(Severity::error);
        const std::vector<FindingGroup> groups = group_findings(*plan, analysis);
        std::string out = cli::visible(arg) + ": " + cli::visible(health_summary(*plan, groups)) + "\n";
        for (const FindingGroup& g : groups)
            if (g.first->severity == Severity::error) out += "  " + cli::group_line(*plan, g) + "\n";
        cli::write_out(out);
        return errors > 0 ? 1 : 0;
    }
    if (!log_path) {
        if (as_json) write_json(analysis_to_json(*plan, analysis));
        else cli::write_out(cli::analysis_table(*plan, analysis));
        return 0;
    }
    auto log = read_log(*log_path);
    if (!log) return bad_input(log.error());
    const LogAnalysis la = analyze_log(*plan, analysis, *log);
    if (as_json) write_json(with_log_json(analysis_to_json(*plan, analysis), log_analysis_to_json(*plan, analysis, la)));
    else cli::write_out(cli::analysis_table(*plan, analysis) + cli::log_text(*plan, analysis, *log, la));
    return 0;
}
}  // namespace

// Output that could not be written (a full disk, a closed pipe) fails the command.
int main(int argc, char** argv) {
    const int status = run(argc, argv);
    return cli::output_ok() ? status : 2;
}
