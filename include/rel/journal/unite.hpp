// The text of `rel merge`: INTO's file with what FROM adds copied in as FROM wrote it.
#pragma once

#include <string>
#include <string_view>

#include "rel/core/contact_merge.hpp"

namespace rel::journal {

// Carries out `plan` (made by plan_merge of the two files' contacts) on INTO's text: list items added,
// `since` set, and FROM's lines for its keys, details, dates, promises and log entries copied in as
// written, re-indented to INTO's layout (entries each before the entry of INTO the plan names); every
// other line of INTO stays as it was. `from` is FROM's contact, for values FROM writes in flow style.
// Throws rel::Error where INTO's layout is one rel does not edit (flow-style maps).
std::string unite_texts(std::string_view into_text, std::string_view from_text, const Contact& from,
                        const MergePlan& plan);

}  // namespace rel::journal
