// Matching people across records by folded name, email and phone digits, and free ids for slugs.
#include "rel/core/identity.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/resolve.hpp"

namespace rel {
namespace {

std::string lower_trimmed(std::string_view text) {
  auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t");
  std::string out(text.substr(first, last - first + 1));
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string phone_digits(std::string_view phone) {
  std::string out;
  for (char c : phone)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

bool same_email(std::string_view a, std::string_view b) {
  auto x = lower_trimmed(a);
  return !x.empty() && x == lower_trimmed(b);
}

bool has_name(const Contact& contact, std::string_view name) {
  auto key = match_key(name);
  if (key.empty()) return false;
  if (match_key(contact.name) == key) return true;
  return std::any_of(contact.aka.begin(), contact.aka.end(), [&](const auto& aka) { return match_key(aka) == key; });
}

std::vector<Clash> find_clashes(const Identity& wanted, const std::vector<Contact>& contacts) {
  std::vector<Clash> out;
  for (const auto& c : contacts) {
    std::string shared;
    if (has_name(c, wanted.name)) shared = "name";
    for (const auto& email : wanted.emails) {
      if (!shared.empty()) break;
      for (const auto& theirs : c.emails)
        if (same_email(email, theirs)) {
          shared = fmt::format("email {}", email);
          break;
        }
    }
    for (const auto& phone : wanted.phones) {
      auto digits = phone_digits(phone);
      if (!shared.empty() || digits.empty()) break;
      for (const auto& theirs : c.phones)
        if (phone_digits(theirs) == digits) {
          shared = fmt::format("phone {}", phone);
          break;
        }
    }
    if (!shared.empty()) out.push_back({c.id, c.name, shared});
  }
  std::sort(out.begin(), out.end(), [](const Clash& a, const Clash& b) { return a.id < b.id; });
  return out;
}

std::string first_free_id(std::string_view folder, std::string_view slug,
                          const std::function<bool(const std::string&)>& taken) {
  for (int n = 1;; ++n) {
    auto stem = n == 1 ? std::string(slug) : fmt::format("{}-{}", slug, n);
    auto id = folder.empty() ? stem : fmt::format("{}/{}", folder, stem);
    if (!taken(id)) return id;
  }
}

std::string folder_of(std::string_view id) {
  auto slash = id.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(id.substr(0, slash));
}

}  // namespace rel
