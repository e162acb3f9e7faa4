// The three looks at the whole journal through the index (contacts, assessments, names), sharing one
// pass: match every file to its record, parse the others on every core, remember what was parsed.
#include "rel/cache/cached_load.hpp"

#include <optional>

#include "rel/core/parallel.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/journal.hpp"

namespace rel::cache {
namespace {

// One look at the journal: which files the index knows as they are, and the records of those parsed.
class Pass {
 public:
  Pass(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder)
      : m_root(root), m_listing(listing) {
    const size_t n = listing.files.size();
    if (folder) {
      index = std::make_unique<Index>(*folder);
      m_matched = index->match(listing.files);
    } else {
      m_matched.assign(n, nullptr);
    }
    m_fresh_index.resize(n);
    m_fresh_details.resize(n);
  }

  size_t size() const { return m_listing.files.size(); }
  const ContactFile& file(size_t k) const { return m_listing.files[k]; }
  // The index record of file k as it is now, if the index has one.
  const Record* record(size_t k) const { return m_matched[k]; }

  // Parses file k (on any thread: each k is its own), keeping its new records to remember: the
  // contact, or nothing and its problems.
  std::optional<Contact> parse(size_t k, std::vector<Diagnostic>& problems) {
    const auto& f = m_listing.files[k];
    const bool keep = index && recordable(f, m_listing.started_ns);
    try {
      auto contact = journal::load_contact(m_root, f.id);
      if (keep) {
        m_fresh_index[k] = encode_index_record(contact, f.stamp);
        m_fresh_details[k] = encode_details_record(contact, f.stamp);
      }
      return contact;
    } catch (const Error& e) {
      problems = e.problems();
      if (keep) m_fresh_index[k] = encode_bad_record(f.id, f.stamp, problems);
      return std::nullopt;
    }
  }

  // The contact of file k as the index has it (whole, with `details`), else parsed: nothing when the
  // file is bad, with its problems.
  std::optional<Contact> contact(size_t k, const Record* details, Detail detail, std::vector<Diagnostic>& problems) {
    if (const Record* r = record(k)) {
      if (r->bad) {
        if (auto p = decode_problems(*r)) {
          problems = std::move(*p);
          return std::nullopt;
        }
      } else if (Contact c;
                 decode_lean(*r, c) && (detail == Detail::listing || (details && decode_details(*details, c)))) {
        return c;
      }
    }
    auto parsed = parse(k, problems);
    // A listing gets the same lean contact from a file as from the index (and a cold load of a large
    // journal keeps no notes it never prints).
    if (parsed && detail == Detail::listing) keep_lean(*parsed);
    return parsed;
  }

  // Remembers what was parsed.
  void finish() {
    if (index) index->remember(m_listing.files, m_matched, m_fresh_index, m_fresh_details);
  }

  std::unique_ptr<Index> index;

 private:
  const fs::path& m_root;
  const journal::FileListing& m_listing;
  std::vector<const Record*> m_matched;
  std::vector<std::string> m_fresh_index;
  std::vector<std::string> m_fresh_details;
};

// The results of a look, in id order: the valid ones (`valid[k]`), and the bad files' problems. The
// valid ones stay where they are, in `results` (moving 10,000 of them cost a morning run 1.5 ms).
template <typename Result>
Look<Result> collect(const Pass& pass, std::vector<Result>& results, const std::vector<char>& valid,
                     std::vector<std::vector<Diagnostic>>& problems) {
  Look<Result> look;
  size_t kept = 0;
  for (size_t k = 0; k < results.size(); ++k) {
    if (valid[k]) {
      if (kept != k) results[kept] = std::move(results[k]);
      ++kept;
    } else {
      look.problems.insert(look.problems.end(), problems[k].begin(), problems[k].end());
      look.bad_ids.push_back(pass.file(k).id);
    }
  }
  results.resize(kept);
  look.contacts = std::move(results);
  return look;
}

}  // namespace

Look<Contact> load_contacts(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder,
                            Detail detail, const Progress& progress) {
  Pass pass(root, listing, folder);
  std::vector<const Record*> details(pass.size(), nullptr);
  if (pass.index && detail == Detail::full) details = pass.index->match_details(listing.files);
  std::vector<Contact> contacts(pass.size());
  std::vector<char> valid(pass.size(), 0);
  std::vector<std::vector<Diagnostic>> problems(pass.size());
  for_each_in_parallel(
      pass.size(),
      [&](size_t k) {
        if (auto contact = pass.contact(k, details[k], detail, problems[k])) {
          contacts[k] = std::move(*contact);
          valid[k] = 1;
        }
      },
      progress);
  pass.finish();
  return collect(pass, contacts, valid, problems);
}

Look<Assessment> assess_journal(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder,
                                const Settings& settings, Date today, const Progress& progress) {
  Pass pass(root, listing, folder);
  std::vector<Assessment> results(pass.size());
  std::vector<char> valid(pass.size(), 0);
  std::vector<std::vector<Diagnostic>> problems(pass.size());
  for_each_in_parallel(
      pass.size(),
      [&](size_t k) {
        // One contact per thread, its storage reused from record to record.
        thread_local Contact scratch;
        const Contact* contact = nullptr;
        std::optional<Contact> parsed;
        std::string folded_name;
        const Record* r = pass.record(k);
        if (r && !r->bad && decode_lean(*r, scratch, &folded_name)) {
          contact = &scratch;
        } else if (auto p = r && r->bad ? decode_problems(*r) : std::nullopt) {
          problems[k] = std::move(*p);
        } else if ((parsed = pass.parse(k, problems[k]))) {
          contact = &*parsed;
          folded_name = fold(contact->name);
        }
        if (!contact) return;
        results[k] = Assessment{assess_urgency(*contact, settings, today), contact->tags, std::move(folded_name)};
        valid[k] = 1;
      },
      progress);
  pass.finish();
  return collect(pass, results, valid, problems);
}

JournalNames load_names(const fs::path& root, const journal::FileListing& listing, const CacheFolder* folder) {
  Pass pass(root, listing, folder);
  JournalNames names;
  // From the index where it knows the file; the others (changed since: usually none or one) parsed.
  std::vector<std::optional<RecordNames>> known(pass.size());
  std::vector<std::optional<std::vector<Diagnostic>>> known_bad(pass.size());
  std::vector<size_t> unknown;
  for (size_t k = 0; k < pass.size(); ++k) {
    const Record* r = pass.record(k);
    if (r && r->bad ? (known_bad[k] = decode_problems(*r)).has_value() : r && (known[k] = decode_names(*r))) continue;
    unknown.push_back(k);
  }
  std::vector<std::optional<Contact>> parsed(pass.size());
  std::vector<std::vector<Diagnostic>> problems(pass.size());
  for_each_in_parallel(unknown.size(),
                       [&](size_t u) { parsed[unknown[u]] = pass.parse(unknown[u], problems[unknown[u]]); });
  names.contacts.reserve(pass.size());
  for (size_t k = 0; k < pass.size(); ++k) {
    const auto& id = pass.file(k).id;
    if (known[k]) {
      names.contacts.push_back({pass.record(k)->id, known[k]->name, std::move(known[k]->aka), known[k]->folded});
    } else if (parsed[k]) {
      const auto& c = names.parsed.emplace_back(std::move(*parsed[k]));
      names.contacts.push_back(
          {c.id, c.name, {c.aka.begin(), c.aka.end()}, names.folded.emplace_back(folded_keys(c.name, c.aka))});
    } else {
      if (known_bad[k]) problems[k] = std::move(*known_bad[k]);
      names.problems.insert(names.problems.end(), problems[k].begin(), problems[k].end());
      names.bad_ids.push_back(id);
    }
  }
  pass.finish();
  names.index = std::move(pass.index);
  return names;
}

}  // namespace rel::cache
