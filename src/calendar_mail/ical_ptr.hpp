// What every use of libical needs: a component owned by a unique_ptr (freed with icalcomponent_free)
// and its strings as UTF-8.
#pragma once

#include <libical/ical.h>

#include <memory>
#include <string>

#include "rel/interop/charset.hpp"

namespace rel::interop {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

// A string of libical's, which may be null, as UTF-8: libical unescapes `\` and the first byte of a
// character that follows it alone, so its bytes that are not UTF-8 become U+FFFD.
inline std::string ical_text(const char* text) { return text ? replace_invalid_utf8(text) : std::string(); }

}  // namespace rel::interop
