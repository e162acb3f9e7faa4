// Looking at the whole journal through its index: only the files the index does not know as they are
// now are parsed (on every core), and what they gave is remembered for the next run. Whatever the
// state of the index, the answer is the one parsing every file would give.
#pragma once

#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "rel/cache/cache_folder.hpp"
#include "rel/cache/index.hpp"
#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/urgency.hpp"
#include "rel/journal/file_walk.hpp"

namespace rel::cache {

namespace fs = std::filesystem;

// How much of each contact a load gives. Listings (list, upcoming, report) need only what health,
// urgency and their columns read: id, name, aka, tags, cadence, since, status, snooze, dates, promises
// and each interaction's date, channel and side. Detail::listing leaves out the rest — notes, `with:`,
// refs, emails, phones, org, title, uid, details, unknown keys — for contacts the index knows, and so
// reads only its `index` log.
enum class Detail { listing, full };

using Progress = std::function<void(size_t done, size_t total)>;

// What a look at the whole journal found: the valid contacts' results, and every bad file.
template <typename Result>
struct Look {
  std::vector<Result> contacts;      // one per valid contact, sorted by id
  std::vector<Diagnostic> problems;  // every problem of every bad file, in the order of bad_ids
  std::vector<std::string> bad_ids;  // files that could not be loaded, sorted
};

// Every contact of the journal at `root` as `listing` found it. Without a cache folder every file is
// parsed. `progress` is called on the calling thread while files are parsed or decoded.
Look<Contact> load_contacts(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder,
                            Detail detail, const Progress& progress = {});

// One contact's who-to-call result: its urgency (with health and reasons) and its tags, for `--tag`.
struct Assessment {
  Urgency urgency;
  std::vector<std::string> tags;
  std::string folded_name;  // rel::fold(name), what listings sort by
};

// Every contact assessed as of `today`, without keeping any contact: each is decoded from the index
// into one reused scratch contact per core (or parsed), assessed, and dropped. The morning run.
Look<Assessment> assess_journal(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder,
                                const Settings& settings, Date today, const Progress& progress = {});

// WHO's view of the journal: every valid contact's id, name, aka and folded keys, and every bad file.
// The candidates are views into `index` (names read from the index, no copy) or `parsed` (the few
// files changed since, parsed here), which own them.
struct JournalNames {
  std::vector<Candidate> contacts;  // sorted by id
  std::vector<Diagnostic> problems;
  std::vector<std::string> bad_ids;
  std::unique_ptr<Index> index;
  std::deque<Contact> parsed;
  std::deque<std::string> folded;
};
JournalNames load_names(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder);

}  // namespace rel::cache
