// Reading the header fields rel uses from a message's header block: the block is split into fields
// here, and GMime decodes what RFC 5322 and 2047 make hard (address lists, encoded words, dates,
// message ids).
#include <gmime/gmime.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>

#include "ascii.hpp"
#include "local_time.hpp"
#include "mail_header_block.hpp"
#include "native.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/mail.hpp"

namespace rel::interop {
namespace {

void ensure_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
using AddressListPtr = std::unique_ptr<InternetAddressList, GObjectUnref>;

struct GFree {
  void operator()(char* text) const { g_free(text); }
};
using GString = std::unique_ptr<char, GFree>;

struct DateTimeUnref {
  void operator()(GDateTime* date) const { g_date_time_unref(date); }
};
using DateTimePtr = std::unique_ptr<GDateTime, DateTimeUnref>;

struct ReferencesFree {
  void operator()(GMimeReferences* references) const { g_mime_references_free(references); }
};
using ReferencesPtr = std::unique_ptr<GMimeReferences, ReferencesFree>;

enum class Field : size_t {
  from,
  to,
  cc,
  date,
  message_id,
  in_reply_to,
  references,
  subject,
  list_id,
  precedence,
  auto_submitted,
  list_unsubscribe,
  x_autoreply,
  x_autorespond,
  count
};

constexpr size_t field_count = static_cast<size_t>(Field::count);
constexpr std::array<std::string_view, field_count> field_names = {
    "from",    "to",      "cc",         "date",           "message-id",       "in-reply-to", "references",
    "subject", "list-id", "precedence", "auto-submitted", "list-unsubscribe", "x-autoreply", "x-autorespond",
};

std::optional<Field> field_of(std::string_view name) {
  if (name.size() > 16) return std::nullopt;
  auto lower = lower_ascii(name);
  for (size_t k = 0; k < field_count; ++k)
    if (field_names[k] == lower) return static_cast<Field>(k);
  return std::nullopt;
}

// RFC 5322's field name: printable ASCII but the colon.
bool is_field_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return c >= 33 && c <= 126 && c != ':'; });
}

// The values of the fields rel reads, unfolded (the line breaks of continuation lines removed, their
// whitespace kept), as written.
struct RawFields {
  std::array<std::string, field_count> values;
  std::array<bool, field_count> present{};
  int field_lines = 0;  // fields of any name
  std::string problem;

  bool has(Field field) const { return present[static_cast<size_t>(field)]; }
  std::string& operator[](Field field) { return values[static_cast<size_t>(field)]; }
};

RawFields split_fields(std::string_view block) {
  RawFields raw;
  std::string* continued = nullptr;  // the kept field a continuation line belongs to
  bool first = true;
  size_t pos = 0;
  while (pos < block.size()) {
    size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) end = block.size();
    std::string_view line = block.substr(pos, end - pos);
    pos = end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find('\0') != std::string_view::npos) {
      raw.problem = "binary bytes in its headers";
      return raw;
    }
    if (line.empty()) break;
    if (line[0] == ' ' || line[0] == '\t') {
      if (raw.field_lines == 0) break;
      if (continued) continued->append(line);
      continue;
    }
    auto colon = line.find(':');
    auto name = colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);  // "Subject :"
    if (!is_field_name(name)) {
      // An mbox envelope line may open a message saved from one; any other line that is no field
      // (RFC 5322 has none among the headers) is taken for the start of the body.
      if (first && line.starts_with("From ")) {
        first = false;
        continue;
      }
      break;
    }
    first = false;
    ++raw.field_lines;
    continued = nullptr;
    auto field = field_of(name);
    if (!field) continue;
    auto value = line.substr(colon + 1);
    if (!raw.has(*field)) {
      raw.present[static_cast<size_t>(*field)] = true;
      raw[*field] = value;
      continued = &raw[*field];
    } else if (*field == Field::to || *field == Field::cc) {
      // A second To or Cc field (RFC 5322 allows one) adds its addresses.
      raw[*field] += ',';
      raw[*field] += value;
      continued = &raw[*field];
    }
  }
  if (raw.field_lines == 0 && raw.problem.empty()) raw.problem = "no header fields";
  return raw;
}

// Decoded text as UTF-8. GMime converts 8-bit text that is not UTF-8 from a fallback charset, but
// passes on bytes shaped like UTF-8 that are not (an F5-F7 lead byte, a code point past U+10FFFF);
// those become U+FFFD.
std::string utf8_text(std::string_view text) { return replace_invalid_utf8(trim(text)); }

// A message id as UTF-8. GMime leaves its bytes as they are; bytes that are not UTF-8 (RFC 5322
// allows ASCII only) are read as Windows-1252, as rel reads 8-bit text whose charset is not said, so
// that two ids stay two.
std::string id_text(std::string_view id) {
  id = trim(id);
  return is_valid_utf8(id) ? std::string(id) : windows_1252_to_utf8(id);
}

std::string decode_text(const std::string& raw) {
  GString decoded(g_mime_utils_header_decode_text(nullptr, raw.c_str()));
  return utf8_text(decoded ? std::string_view(decoded.get()) : std::string_view(raw));
}

void add_mailboxes(InternetAddressList* list, std::vector<MailAddress>& out) {
  int count = internet_address_list_length(list);
  for (int k = 0; k < count; ++k) {
    InternetAddress* address = internet_address_list_get_address(list, k);
    if (INTERNET_ADDRESS_IS_GROUP(address)) {
      add_mailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
    } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
      const char* email = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
      const char* name = internet_address_get_name(address);
      if (!email || !*email) continue;
      out.push_back(MailAddress{lower_ascii(utf8_text(email)), utf8_text(name ? name : "")});
    }
  }
}

std::vector<MailAddress> mailboxes(const std::string& raw) {
  std::vector<MailAddress> out;
  AddressListPtr list(internet_address_list_parse(nullptr, raw.c_str()));
  if (list) add_mailboxes(list.get(), out);
  return out;
}

std::string message_id_of(const std::string& raw) {
  GString id(g_mime_utils_decode_message_id(raw.c_str()));
  if (id && *id.get()) return id_text(id.get());
  auto text = trim(raw);
  if (text.starts_with('<') && text.ends_with('>')) text = text.substr(1, text.size() - 2);
  return id_text(text);
}

std::vector<std::string> message_ids(const std::string& raw) {
  std::vector<std::string> ids;
  ReferencesPtr references(g_mime_references_parse(nullptr, raw.c_str()));
  if (!references) return ids;
  int count = g_mime_references_length(references.get());
  for (int k = 0; k < count; ++k)
    if (const char* id = g_mime_references_get_message_id(references.get(), k)) ids.push_back(id_text(id));
  return ids;
}

// A field's first word, lower-case: "auto-replied; owner-email=..." is "auto-replied".
std::string keyword(const std::string& raw) {
  auto text = trim(raw);
  return lower_ascii(text.substr(0, std::min(text.size(), text.find_first_of(" \t;("))));
}

}  // namespace

std::optional<size_t> header_block_length(std::string_view text) {
  if (text.starts_with('\n')) return 0;
  if (text.starts_with("\r\n")) return 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end;) {
    auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    if (!newline) break;
    p = newline + 1;
    if (p < end && *p == '\n') return static_cast<size_t>(p - begin);
    if (p + 1 < end && p[0] == '\r' && p[1] == '\n') return static_cast<size_t>(p - begin);
  }
  return std::nullopt;
}

DecodedHeaders decode_header_block(std::string_view block, Location where) {
  ensure_gmime();
  auto raw = split_fields(block);
  if (!raw.problem.empty()) return DecodedHeaders{std::nullopt, std::move(raw.problem)};
  auto has = [&](Field field) { return raw.has(field); };
  auto& value = raw;

  MessageHeaders m;
  m.where = std::move(where);
  if (has(Field::from)) {
    auto from = mailboxes(value[Field::from]);
    if (!from.empty()) m.from = std::move(from.front());
  }
  if (has(Field::to)) m.to = mailboxes(value[Field::to]);
  if (has(Field::cc)) m.cc = mailboxes(value[Field::cc]);
  if (has(Field::date)) {
    if (DateTimePtr date{g_mime_utils_header_decode_date(value[Field::date].c_str())}) {
      m.date_utc = g_date_time_to_unix(date.get());
      m.date_local = local_timestamp(*m.date_utc);
    }
  }
  if (has(Field::message_id)) m.message_id = message_id_of(value[Field::message_id]);
  if (has(Field::in_reply_to)) {
    auto ids = message_ids(value[Field::in_reply_to]);
    m.in_reply_to = ids.empty() ? message_id_of(value[Field::in_reply_to]) : ids.front();
  }
  if (has(Field::references)) m.references = message_ids(value[Field::references]);
  if (has(Field::subject)) m.subject = decode_text(value[Field::subject]);
  if (has(Field::list_id)) m.list_id = decode_text(value[Field::list_id]);
  if (has(Field::precedence)) m.precedence = keyword(value[Field::precedence]);
  if (has(Field::auto_submitted)) m.auto_submitted = keyword(value[Field::auto_submitted]);
  m.list_unsubscribe = has(Field::list_unsubscribe);
  m.autoreply = has(Field::x_autoreply) || has(Field::x_autorespond);
  return DecodedHeaders{std::move(m), {}};
}

MessageHeaders native::read_message_headers(std::string_view message, std::string_view name) {
  auto length = header_block_length(message).value_or(message.size());
  auto decoded = decode_header_block(message.substr(0, length), Location{std::string(name), 0, 0});
  if (!decoded.headers) throw Error(Location{std::string(name), 1, 0}, "not a mail message: " + decoded.problem);
  return std::move(*decoded.headers);
}

}  // namespace rel::interop
