// src/cli/io.hpp - the CLI's input and output: a plan read up to the core's size limit from
// any source, and output written in full or the failure reported (never cut short silently).
#pragma once
#include <string>
#include <string_view>

#include "failsafe/formats.hpp"
#include "failsafe/result.hpp"

namespace failsafe::cli {

// The text of path ("-": standard input): a file, pipe, FIFO or device. Reads in chunks and
// stops after `mib` MiB + 1 byte, so an endless source (/dev/zero) is refused, not slurped;
// `what` names the document in that message ("a plan").
Result<std::string> read_input(const std::string& path, size_t mib = kMaxJsonMiB, std::string_view what = "a plan");
// How messages name an input: the path, or "standard input" for "-".
std::string input_name(const std::string& path);

// Writes all of text to standard output; false when it could not (output_ok() reports it).
bool write_out(std::string_view text);
// "failsafe: MESSAGE" on standard error, one line, control characters made visible.
void complain(std::string_view message);
// Flushes standard output; false, with a message on standard error, after any failed write.
bool output_ok();

}  // namespace failsafe::cli
