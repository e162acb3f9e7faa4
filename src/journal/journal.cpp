// Locating the journal folder, listing its contact files, and loading them.
#include "rel/journal/journal.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "rel/core/parallel.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/journal/yaml_tree.hpp"
#include "rel/util/descriptor.hpp"

namespace rel::journal {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
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
  std::vector<std::string> ids;
  for (auto& file : scan_contact_files(root, Stamps::skip)) ids.push_back(std::move(file.id));
  return ids;
}

fs::path contact_path(const fs::path& root, const std::string& id) { return root / (id + ".yaml"); }

std::string read_text_file(const fs::path& path, const std::string& shown_as) {
  // O_NONBLOCK: a FIFO in a file's place is refused below instead of waiting for a writer forever.
  const util::Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) throw Error(Location{shown_as, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno)));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0)
    throw Error(Location{shown_as, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno)));
  if (!S_ISREG(st.st_mode))
    throw Error(Location{shown_as, 0, 0},
                fmt::format("not a regular file ({}), so rel does not read it", S_ISFIFO(st.st_mode)   ? "a FIFO"
                                                                                : S_ISDIR(st.st_mode)  ? "a folder"
                                                                                : S_ISSOCK(st.st_mode) ? "a socket"
                                                                                                       : "a device"));
  if (static_cast<uint64_t>(st.st_size) > max_file_bytes)
    throw Error(Location{shown_as, 1, 1}, fmt::format("file is {} bytes, more than the {} MiB a contact may have",
                                                      st.st_size, max_file_bytes / (1024 * 1024)));
  std::string text(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < text.size()) {
    const auto n = ::read(fd.get(), text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(Location{shown_as, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno)));
    if (n == 0) break;  // shortened meanwhile
    got += static_cast<size_t>(n);
  }
  text.resize(got);
  return text;
}

Settings load_settings(const fs::path& root, std::vector<Diagnostic>& problems) {
  auto path = root / settings_file_name;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Settings{};
  try {
    auto decoded =
        decode_settings(parse_yaml(read_text_file(path, settings_file_name), settings_file_name), settings_file_name);
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
  auto it = std::lower_bound(contacts.begin(), contacts.end(), id,
                             [](const Contact& c, const std::string& k) { return c.id < k; });
  return it != contacts.end() && it->id == id ? &*it : nullptr;
}

Journal load_journal(const fs::path& root) {
  Journal journal;
  journal.root = root;
  const auto files = scan_contact_files(root, Stamps::skip);
  journal.settings = load_settings(root, journal.problems);
  // Each file parsed on whichever core is free; merged in id order, as listed.
  std::vector<std::optional<Contact>> contacts(files.size());
  std::vector<std::vector<Diagnostic>> problems(files.size());
  for_each_in_parallel(files.size(), [&](size_t i) {
    try {
      contacts[i] = load_contact(root, files[i].id);
    } catch (const Error& e) {
      problems[i] = e.problems();
    }
  });
  journal.contacts.reserve(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    if (contacts[i]) {
      journal.contacts.push_back(std::move(*contacts[i]));
    } else {
      journal.problems.insert(journal.problems.end(), problems[i].begin(), problems[i].end());
      journal.bad_ids.push_back(files[i].id);
    }
  }
  return journal;
}

}  // namespace rel::journal
