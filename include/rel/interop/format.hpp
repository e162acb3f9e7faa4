// The kinds of foreign files `rel import` reads, and telling them apart by their first bytes.
#pragma once

#include <optional>
#include <string_view>

namespace rel::interop {

enum class Format { vcard, csv, ics, mbox, maildir };

std::string_view to_string(Format format);
std::optional<Format> parse_format(std::string_view name);

// The kind of a file from its first bytes (a few kilobytes are plenty), or nothing when they look
// like none of them. A maildir is a folder and is told by its `cur/` and `new/`, not by bytes.
std::optional<Format> detect_format(std::string_view head);

}  // namespace rel::interop
