// Locating the journal folder, walking it for contact files, and loading them all.
#include "rel/store/journal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "rel/store/contact_codec.hpp"
#include "rel/store/yaml_tree.hpp"

namespace rel::store {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

bool is_hidden(const fs::path& p) {
  auto name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

fs::path locate_journal(const std::optional<std::string>& dir_option) {
  if (dir_option && !dir_option->empty()) return fs::path(*dir_option);
  if (auto dir = env("REL_DIR")) return fs::path(*dir);
  if (auto data = env("XDG_DATA_HOME")) return fs::path(*data) / "rel";
  if (auto home = env("HOME")) return fs::path(*home) / ".local" / "share" / "rel";
  throw Error("cannot find the journal: set --dir, $REL_DIR or $HOME");
}

std::vector<std::string> list_contact_ids(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    throw Error(fmt::format("{}: no journal here (create one with `rel init`)", root.string()));
  std::vector<std::string> ids;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(fmt::format("{}: {}", root.string(), ec.message()));
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(fmt::format("{}: {}", root.string(), ec.message()));
    const auto& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (path.extension() != ".yaml" || !it->is_regular_file(ec)) continue;
    auto rel = path.lexically_relative(root);
    rel.replace_extension();
    ids.push_back(rel.generic_string());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

fs::path contact_path(const fs::path& root, const std::string& id) { return root / (id + ".yaml"); }

std::string read_text_file(const fs::path& path, const std::string& shown_as) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_file_bytes)
    throw Error(Location{shown_as, 0, 0}, fmt::format("file is {} bytes, more than the {} MiB a contact may have",
                                                      size, max_file_bytes / (1024 * 1024)));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Location{shown_as, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno)));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

Settings load_settings(const fs::path& root, std::vector<Diagnostic>& problems) {
  auto path = root / settings_file_name;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Settings{};
  try {
    auto decoded = decode_settings(parse_yaml(read_text_file(path, settings_file_name), settings_file_name),
                                   settings_file_name);
    problems.insert(problems.end(), decoded.problems.begin(), decoded.problems.end());
    return decoded.settings;
  } catch (const Error& e) {
    problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    return Settings{};
  }
}

Contact load_contact(const fs::path& root, const std::string& id) {
  auto shown = id + ".yaml";
  return parse_contact(read_text_file(contact_path(root, id), shown), id, shown);
}

const Contact* Journal::find(const std::string& id) const {
  auto it = std::lower_bound(contacts.begin(), contacts.end(), id, [](const Contact& c, const std::string& k) {
    return c.id < k;
  });
  return it != contacts.end() && it->id == id ? &*it : nullptr;
}

Journal load_journal(const fs::path& root) {
  Journal journal;
  journal.root = root;
  auto ids = list_contact_ids(root);
  journal.settings = load_settings(root, journal.problems);
  for (const auto& id : ids) {
    try {
      journal.contacts.push_back(load_contact(root, id));
    } catch (const Error& e) {
      journal.problems.insert(journal.problems.end(), e.problems().begin(), e.problems().end());
      journal.bad_ids.push_back(id);
    }
  }
  return journal;
}

}  // namespace rel::store
