// Unicode-aware text helpers: folding for matching, slugs for file names, widths for tables.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rel {

// Case-folded, accents stripped, NFC: "Zoë Ångström" -> "zoe angstrom". Invalid UTF-8 is kept bytewise.
std::string fold(std::string_view text);

// A safe file-name stem for a contact's name: lower-case ASCII letters, digits and single
// hyphens, accents folded, never empty, never starting with '-' or '.', at most 64 bytes.
// "Zoë O'Brien" -> "zoe-o-brien"; "../../x" -> "x"; "-rf" -> "rf"; "李小龍" -> "contact".
std::string slugify(std::string_view name);

// A folder the user names for new files (`--in work/clients`) as a path of slugs, so that it can
// never leave the journal: "Work/../x" -> "work/x"; empty for none.
std::string slugify_folder(std::string_view folder);

// Columns the text takes on a terminal (East Asian wide = 2, combining = 0, colour escapes none).
int display_width(std::string_view text);

// Levenshtein distance over bytes of already-folded text, for "did you mean".
int edit_distance(std::string_view a, std::string_view b);

// True when `text` is valid UTF-8 without control characters other than tab and newline.
bool is_clean_text(std::string_view text);

// Where `text` stops being UTF-8: the offset of the first byte that does not start a valid sequence
// (an overlong form or a surrogate is not valid either); nothing when all of it is.
std::optional<size_t> invalid_utf8_at(std::string_view text);

}  // namespace rel
