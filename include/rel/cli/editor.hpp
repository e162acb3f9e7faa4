// Handing text to the user's $VISUAL/$EDITOR and reading it back.
#pragma once

#include <filesystem>
#include <string>

namespace rel::cli {

// A new, empty, private file in $TMPDIR (else /tmp) named `stem`-XXXXXX`suffix`, for the editor.
std::filesystem::path temporary_file(const std::string& stem, const std::string& suffix);

// Runs the editor on `path` (no shell: the editor variable is split on spaces);
// throws rel::Error when it cannot start or exits non-zero.
void run_editor(const std::filesystem::path& path);

// Opens a temporary file holding `initial` + `instructions`, returns what was saved
// less lines starting with '#' and trailing newlines.
std::string edit_text_in_editor(const std::string& initial, const std::string& instructions);

}  // namespace rel::cli
