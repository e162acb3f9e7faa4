// Telling mail between people from mail sent by lists and machines, by its headers alone.
#include <string>
#include <string_view>

#include "ascii.hpp"
#include "rel/interop/mail.hpp"

namespace rel::interop {

std::string_view to_string(MailKind kind) {
  switch (kind) {
    case MailKind::personal: return "personal";
    case MailKind::automatic: return "automatic";
    case MailKind::mailing_list: return "mailing list";
    case MailKind::bulk: return "bulk";
    case MailKind::no_reply: return "no-reply sender";
  }
  return "?";
}

MailKind classify_mail(const MessageHeaders& message) {
  if ((!message.auto_submitted.empty() && message.auto_submitted != "no") || message.autoreply ||
      message.precedence == "auto_reply")
    return MailKind::automatic;
  if (!message.list_id.empty() || message.precedence == "list") return MailKind::mailing_list;
  if (message.precedence == "bulk" || message.precedence == "junk" || message.list_unsubscribe) return MailKind::bulk;
  if (is_no_reply(message.from.email)) return MailKind::no_reply;
  return MailKind::personal;
}

bool is_no_reply(std::string_view address) {
  auto at = address.rfind('@');
  auto local = lower_ascii(address.substr(0, at == std::string_view::npos ? address.size() : at));
  auto domain = at == std::string_view::npos ? std::string() : lower_ascii(address.substr(at + 1));
  local = local.substr(0, local.find('+'));  // bounces+12345@ is bounces@
  std::string squashed;                      // "do-not-reply", "do_not.reply" and "donotreply" alike
  for (char c : local)
    if (c != '-' && c != '_' && c != '.') squashed += c;
  if (squashed.find("noreply") != std::string::npos || squashed.find("donotreply") != std::string::npos) return true;
  if (squashed == "mailerdaemon" || squashed == "postmaster") return true;
  if (local.starts_with("notification") || local.starts_with("bounce")) return true;
  return domain.starts_with("bounce.") || domain.starts_with("bounces.");
}

}  // namespace rel::interop
