// Turning a WHO argument into a contact, with candidates or suggestions when it cannot.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rel/cli/context.hpp"
#include "rel/core/contact.hpp"

namespace rel::cli {

// The id WHO names. Ambiguous -> UsageError (exit 2) listing the candidates;
// unknown -> Error (exit 1) suggesting close names.
std::string resolve_id(Context& ctx, std::string_view who);

// The loaded contact WHO names (fails like resolve_id; a bad file fails with its problems).
const Contact& resolve_contact(Context& ctx, std::string_view who);

// "alice,ben" -> each resolved, in order, without repeats.
std::vector<std::string> resolve_ids(Context& ctx, std::string_view who_list);

// A --tag that no contact has (folded, as `tagged` matches) is an Error (exit 1) suggesting a close tag
// or listing them, rather than an empty list that reads as "nobody is due". `known`: every tag in the
// journal.
void refuse_unknown_tag(std::string_view tag, const std::vector<std::string>& known);

}  // namespace rel::cli
