// Reading the headers of mail (RFC 5322) from a maildir, an mbox file or one message; never a body.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/date.hpp"
#include "rel/core/error.hpp"

namespace rel::interop {

// A mailbox of From, To or Cc. Members of a group ("Team: a@x, b@y;") are listed as mailboxes.
struct MailAddress {
  std::string email;  // lower-case (ASCII letters), as mail to it is matched to contacts
  std::string name;   // the display name, RFC 2047 words decoded to UTF-8, unquoted; may be empty
  bool operator==(const MailAddress&) const = default;
};

// The headers of one message that rel uses. Nothing of the body is ever read into it: a maildir
// file is read up to the blank line that ends its headers, an mbox message's body is only searched
// for the next "From " line.
struct MessageHeaders {
  Location where;    // the maildir file; the mbox file and the line of the message's "From " line
  MailAddress from;  // empty when there is no From
  std::vector<MailAddress> to;
  std::vector<MailAddress> cc;
  std::optional<std::int64_t> date_utc;  // Date:, seconds since 1970 UTC; none when absent or unreadable
  std::optional<Timestamp> date_local;   // the same in the process's local time zone, to the minute
  std::string message_id;                // without <>
  std::string in_reply_to;               // the (first) message id In-Reply-To names, without <>
  std::vector<std::string> references;   // References, oldest first, without <>
  std::string subject;                   // decoded, unfolded, trimmed
  // What tells mail between people from mail sent by lists and machines (see classify_mail):
  std::string list_id;            // List-Id, decoded
  std::string precedence;         // Precedence, lower-case ("bulk", "list", "junk")
  std::string auto_submitted;     // Auto-Submitted, lower-case, without parameters ("no", "auto-replied")
  bool list_unsubscribe = false;  // a List-Unsubscribe header is present
  bool autoreply = false;         // X-Autoreply or X-Autorespond, which auto-responders older than RFC 3834 set
  bool operator==(const MessageHeaders&) const = default;
};

// Why a message is or is not one between people, the first reason that applies in this order.
enum class MailKind {
  personal,
  automatic,     // Auto-Submitted other than "no", X-Autoreply, Precedence: auto_reply (vacation replies, bounces)
  mailing_list,  // List-Id, or Precedence: list
  bulk,          // Precedence: bulk or junk, or List-Unsubscribe: newsletters, notifications
  no_reply,      // the sender is a no-reply address (see is_no_reply)
};
std::string_view to_string(MailKind kind);
MailKind classify_mail(const MessageHeaders& message);

// An address nobody reads: noreply, no-reply, do-not-reply (with any "-_." and +tag), mailer-daemon,
// postmaster, notification(s)@, bounce(s)@, or any address at a bounce(s). domain.
bool is_no_reply(std::string_view address);

struct MailRead {
  // maildir: by file name; mbox: in file order. A deque: a large mailbox grows it without copies.
  std::deque<MessageHeaders> messages;
  // Messages that are not mail (no header fields, binary bytes in the headers), each skipped.
  std::vector<Diagnostic> problems;
};

// The headers of one message (`rel log --from-mail` reads one from standard input); `name` is its
// name in messages. Throws rel::Error when the text opens with no header field.
MessageHeaders read_message_headers(std::string_view message, std::string_view name = "-");

// Which messages to keep, asked on the reading threads (so several calls at once) as each message
// is read: a large mailbox's messages are then never all held at once. Empty: keep every message.
using MessageFilter = std::function<bool(const MessageHeaders&)>;
// Where the messages kept go, in mailbox order, on the calling thread, as they are read (so that a
// caller keeping less of each never holds them all). Empty: into MailRead::messages.
using MessageSink = std::function<void(MessageHeaders&&)>;
// How far reading is (messages done, of the mailbox's total), called on the calling thread, last
// with done == total.
using ReadProgress = std::function<void(size_t done, size_t total)>;

// Every message of a maildir: the files of `folder`/cur and `folder`/new (tmp/ is mail still being
// delivered), read on every core. A file that cannot be read is a problem, not an error. Throws
// rel::Error when `folder` has neither cur/ nor new/.
MailRead read_maildir(const std::filesystem::path& folder, const MessageFilter& keep = {},
                      const ReadProgress& progress = {}, const MessageSink& take = {});

// Every message of an mbox file: a message begins at a line "From " followed by a header field
// (a body's own "From " lines are quoted ">From " by writers; one that is not and is not followed
// by a header stays in the body). Headers are decoded on every core. Throws rel::Error when the
// file cannot be read or does not begin with "From ".
MailRead read_mbox(const std::filesystem::path& file, const MessageFilter& keep = {}, const ReadProgress& progress = {},
                   const MessageSink& take = {});
// The same for mbox text in memory (standard input); `name` names it in messages.
MailRead read_mbox_text(std::string_view text, std::string_view name, const MessageFilter& keep = {},
                        const ReadProgress& progress = {}, const MessageSink& take = {});

}  // namespace rel::interop
