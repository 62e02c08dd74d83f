// src/cli/escape.hpp - text from a plan made safe for a terminal: control characters and
// invalid UTF-8 shown as visible escapes, so nothing in a name can steer or cut the output.
#pragma once
#include <string>
#include <string_view>

namespace failsafe::cli {

// For readable output: C0 controls, DEL and bytes that are not UTF-8 become "\x1b", a NUL
// "\x00"; C1 controls (U+0080..U+009F) become "\u009b". Everything else is kept as it is.
std::string visible(std::string_view text);
// For JSON output: DEL and C1 controls, which a JSON writer may leave raw inside strings,
// become "\u007f" / "\u009b" (the same JSON value). The writer has escaped C0 already.
std::string visible_json(std::string_view json);

}  // namespace failsafe::cli
