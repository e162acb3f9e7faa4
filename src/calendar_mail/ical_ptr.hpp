// A libical component owned by a unique_ptr: freed with icalcomponent_free when it goes.
#pragma once

#include <libical/ical.h>

#include <memory>

namespace rel::interop {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

}  // namespace rel::interop
