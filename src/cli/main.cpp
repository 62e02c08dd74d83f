// failsafe - the planning core on the command line.
//   failsafe analyze PLAN.json [--json]   per week and muscle: sets, budgets, fatigue; findings
//   failsafe check PLAN.json              exit 1 when the plan has an error finding
//   failsafe link PLAN.json               the share-link payload (what goes after #p=)
//   failsafe open LINK-OR-PAYLOAD         the plan in a link, as JSON
//   failsafe new [TEMPLATE]               a template plan as JSON (without TEMPLATE: the list)
// Exit status: 0 ok, 1 findings (check), 2 bad input or usage (one line on stderr).
#include <cstdio>
#include <iostream>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "failsafe/formats.hpp"
#include "failsafe/templates.hpp"
#include "table.hpp"

using namespace failsafe;

namespace {
constexpr const char* kUsage =
    "usage: failsafe analyze PLAN.json [--json]\n"
    "       failsafe check PLAN.json\n"
    "       failsafe link PLAN.json\n"
    "       failsafe open LINK-OR-PAYLOAD\n"
    "       failsafe new [TEMPLATE]\n";

int bad_input(const std::string& message) {
    std::fprintf(stderr, "failsafe: %s\n", message.c_str());
    return 2;
}

// Reads a plan file ("-" for stdin).
Result<Plan> read_plan(const std::string& path) {
    std::ostringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) return Result<Plan>::fail("cannot open " + path);
        in.seekg(0, std::ios::end);
        if (in.tellg() > static_cast<std::streamoff>(kMaxJsonBytes)) return Result<Plan>::fail(path + ": larger than 1 MiB, not a plan");
        in.seekg(0);
        text << in.rdbuf();
    }
    auto plan = plan_from_json(text.str());
    if (!plan) return Result<Plan>::fail(path + ": " + plan.error());
    return plan;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::strcmp(argv[1], "new") == 0 && argc <= 3) {
        for (const auto& t : templates()) {
            if (argc == 2) std::printf("%-20s %s\n", std::string(t.id).c_str(), std::string(t.title).c_str());
            else if (t.id == argv[2]) return std::fputs(plan_to_json(t.plan).c_str(), stdout), 0;
        }
        return argc == 2 ? 0 : bad_input(std::string("no template \"") + argv[2] + "\" (failsafe new lists them)");
    }
    if (argc < 3) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string command = argv[1], arg = argv[2];
    const bool as_json = argc > 3 && std::strcmp(argv[3], "--json") == 0;
    if (argc > 4 || (argc == 4 && !(command == "analyze" && as_json))) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (command == "open") {
        auto plan = decode_link(arg);
        if (!plan) return bad_input(plan.error());
        std::fputs(plan_to_json(*plan).c_str(), stdout);
        return 0;
    }
    if (command != "analyze" && command != "check" && command != "link") {
        std::fputs(kUsage, stderr);
        return 2;
    }
    auto plan = read_plan(arg);
    if (!plan) return bad_input(plan.error());
    if (command == "link") {
        std::printf("%s\n", encode_link(*plan).c_str());
        return 0;
    }
    const Analysis analysis = analyze(*plan);
    if (command == "check") {
        const int errors = analysis.count(Severity::error);
        std::printf("%s: %d errors, %d warnings, %d notes\n", arg.c_str(), errors, analysis.count(Severity::warning),
                    analysis.count(Severity::info));
        for (const Finding* f : analysis.by_severity())
            if (f->severity == Severity::error) std::printf("  %s\n", cli::finding_line(*plan, *f).c_str());
        return errors > 0 ? 1 : 0;
    }
    std::fputs(as_json ? analysis_to_json(*plan, analysis).c_str() : cli::analysis_table(*plan, analysis).c_str(), stdout);
    return 0;
}
