// A message's header block: where it ends, and the fields rel reads from it (shared by the readers
// of one message, a maildir and an mbox file).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rel/interop/mail.hpp"

namespace rel::interop {

// The length of the header block at the start of `text`: up to, not including, the empty line that
// ends it; nothing when `text` holds no empty line (the block may go on past it).
std::optional<size_t> header_block_length(std::string_view text);

// The headers of a header block, or why it is not mail.
struct DecodedHeaders {
  std::optional<MessageHeaders> headers;
  std::string problem;
};
DecodedHeaders decode_header_block(std::string_view block, Location where);

}  // namespace rel::interop
