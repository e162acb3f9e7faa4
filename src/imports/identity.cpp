// Matching cards to contacts by uid, email, phone digits and folded name, tier by tier.
#include "rel/imports/identity.hpp"

#include <algorithm>

#include "rel/core/resolve.hpp"
#include "rel/core/text.hpp"

namespace rel::imports {
namespace {

// Phone numbers shorter than this (an extension, a word like "HomePhone") are never compared.
constexpr size_t min_phone_digits = 5;

constexpr std::array tiers = {Tier::uid, Tier::email, Tier::phone, Tier::name};

}  // namespace

std::string email_key(std::string_view email) { return fold(email); }

std::string phone_key(std::string_view phone) {
  std::string digits;
  for (char c : phone)
    if (c >= '0' && c <= '9') digits += c;
  // "00" dials abroad as "+" does: 0049 30 … is +49 30 ….
  if (digits.starts_with("00")) digits.erase(0, 2);
  return digits.size() >= min_phone_digits ? digits : std::string();
}

std::string_view to_string(Tier tier) {
  switch (tier) {
    case Tier::uid: return "uid";
    case Tier::email: return "email";
    case Tier::phone: return "phone";
    case Tier::name: return "name";
  }
  return "";
}

std::vector<std::string> identities(const Contact& c, Tier tier) {
  std::vector<std::string> keys;
  auto add = [&](std::string key) {
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  switch (tier) {
    case Tier::uid:
      for (const auto& uid : c.uid) add(uid);
      break;
    case Tier::email:
      for (const auto& email : c.emails) add(email_key(email));
      break;
    case Tier::phone:
      for (const auto& phone : c.phones) add(phone_key(phone));
      break;
    case Tier::name: add(match_key(c.name)); break;
  }
  return keys;
}

void Identities::add(size_t target, const Contact& contact) {
  if (m_uids.size() <= target) m_uids.resize(target + 1);
  m_uids[target] = contact.uid;
  for (auto tier : tiers) {
    auto& keys = m_keys[static_cast<size_t>(tier)];
    for (auto& key : identities(contact, tier)) {
      auto& targets = keys[std::move(key)];
      if (std::find(targets.begin(), targets.end(), target) == targets.end()) targets.push_back(target);
    }
  }
}

Match Identities::find(const Contact& card) const {
  std::array<std::vector<std::string>, 4> card_keys;
  for (auto tier : tiers) card_keys[static_cast<size_t>(tier)] = identities(card, tier);
  auto leads_to = [&](size_t tier, size_t target) {
    const auto& keys = m_keys[tier];
    return std::any_of(card_keys[tier].begin(), card_keys[tier].end(), [&](const std::string& key) {
      auto it = keys.find(key);
      return it != keys.end() && std::find(it->second.begin(), it->second.end(), target) != it->second.end();
    });
  };
  for (size_t tier = 0; tier < tiers.size(); ++tier) {
    std::vector<size_t> found;
    for (const auto& key : card_keys[tier]) {
      auto it = m_keys[tier].find(key);
      if (it == m_keys[tier].end()) continue;
      for (auto target : it->second)
        if (std::find(found.begin(), found.end(), target) == found.end()) found.push_back(target);
    }
    if (tiers[tier] == Tier::name && !card.uid.empty())
      std::erase_if(found, [&](size_t target) {
        const auto& uids = m_uids[target];
        return !uids.empty() && std::none_of(uids.begin(), uids.end(), [&](const std::string& uid) {
          return std::find(card.uid.begin(), card.uid.end(), uid) != card.uid.end();
        });
      });
    if (found.empty()) continue;
    Match match;
    match.tier = tiers[tier];
    if (found.size() > 1) {
      std::vector<size_t> narrowed;
      for (auto target : found) {
        for (size_t later = tier + 1; later < tiers.size(); ++later)
          if (leads_to(later, target)) {
            narrowed.push_back(target);
            break;
          }
      }
      if (narrowed.size() == 1) found = narrowed;
    }
    if (found.size() == 1) {
      match.outcome = Match::Outcome::found;
      match.target = found.front();
    } else {
      match.outcome = Match::Outcome::ambiguous;
      std::sort(found.begin(), found.end());
      match.targets = std::move(found);
    }
    return match;
  }
  return {};
}

}  // namespace rel::imports
