// Reading a contact (and the journal settings) out of a parsed YAML tree, with validation.
#pragma once

#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/core/settings.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal {

struct Decoded {
  Contact contact;
  std::vector<Diagnostic> problems;  // empty when the file is valid
};

// Validates against the schema of SPEC.md ("A contact file") and reports every problem
// found, each at its FILE:LINE:COL. `file` is the name used in diagnostics.
Decoded decode_contact(const YamlNode& root, const std::string& id, const std::string& file);

// Parses and decodes; throws rel::Error carrying every problem when the file is not valid.
Contact parse_contact(std::string_view text, const std::string& id, const std::string& file);

struct DecodedSettings {
  Settings settings;
  std::vector<Diagnostic> problems;
};

// `.rel.yaml`: cadence.default, cadence.tags.*, weights.*, git.autocommit.
DecodedSettings decode_settings(const YamlNode& root, const std::string& file);

// Parses one scalar of an important date: YYYY-MM-DD, --MM-DD or MM-DD.
std::optional<ImportantDate> parse_important_date(std::string_view label, std::string_view text);

}  // namespace rel::journal
