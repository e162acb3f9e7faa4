// Cleaning text from foreign files for a contact file: one-line fields, multi-line notes, addresses.
#pragma once

#include <string>
#include <string_view>

namespace rel::interop {

// One line of text: line breaks, tabs and other control characters (C0 and C1) become spaces, runs
// of spaces one, and the ends are trimmed.
std::string one_line(std::string_view text);

// Text that may span lines: CRLF and CR become LF, control characters other than LF and tab go,
// each line loses its trailing blanks, and leading and trailing blank lines go.
std::string multi_line(std::string_view text);

// An address written over lines as one line, its lines joined by ", " (and a line's own trailing
// comma dropped, so "Silicon Alley 5," does not double it).
std::string address_line(std::string_view text);

}  // namespace rel::interop
