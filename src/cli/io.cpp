// src/cli/io.cpp - bounded reading of plans and checked writing of output (see io.hpp).
// C stdio throughout: fread/fwrite take lengths, so a NUL is just another byte.
#include "io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "escape.hpp"
#include "failsafe/formats.hpp"

namespace failsafe::cli {
namespace {
constexpr size_t kChunk = 64 * 1024;

int first_write_error = 0;  // errno of the first failed write to standard output

// Appends up to limit bytes from in to text; false on a read error (errno says why).
bool read_up_to(std::FILE* in, size_t limit, std::string& text) {
    while (text.size() < limit) {
        const size_t had = text.size(), want = std::min(kChunk, limit - had);
        text.resize(had + want);
        const size_t got = std::fread(text.data() + had, 1, want, in);
        text.resize(had + got);
        if (got < want) return !std::ferror(in);  // end of input, or an error
    }
    return true;
}
}  // namespace

std::string input_name(const std::string& path) { return path == "-" ? "standard input" : path; }

Result<std::string> read_input(const std::string& path, size_t mib, std::string_view what) {
    const size_t limit = mib << 20;
    const bool is_stdin = path == "-";
    const std::string name = input_name(path);
    std::FILE* in = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (!in) return Result<std::string>::fail("cannot open " + name + ": " + std::strerror(errno));
    std::string text;
    const bool read = read_up_to(in, limit + 1, text);
    const int error = errno;
    if (!is_stdin) std::fclose(in);
    if (!read) return Result<std::string>::fail("cannot read " + name + ": " + std::strerror(error));
    if (text.size() > limit)
        return Result<std::string>::fail(name + ": more than " + std::to_string(mib) + " MiB; " + std::string(what) +
                                         " is far smaller - stopped reading");
    return text;
}

bool write_out(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size()) return true;
    if (!first_write_error) first_write_error = errno ? errno : EIO;
    return false;
}

void complain(std::string_view message) {
    const std::string line = "failsafe: " + visible(message) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

bool output_ok() {
    if (std::fflush(stdout) != 0 && !first_write_error) first_write_error = errno;
    if (!first_write_error && !std::ferror(stdout)) return true;
    complain(std::string("cannot write the output: ") + std::strerror(first_write_error ? first_write_error : EIO));
    return false;
}

}  // namespace failsafe::cli
