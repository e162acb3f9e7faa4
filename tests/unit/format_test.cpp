#include "rel/interop/format.hpp"

#include <doctest/doctest.h>

using rel::interop::detect_format;
using rel::interop::Format;

TEST_CASE("import files are told apart by their first bytes") {
  CHECK(detect_format("BEGIN:VCARD\r\nVERSION:3.0\r\n") == Format::vcard);
  CHECK(detect_format("\xEF\xBB\xBF\r\nbegin:vCard\n") == Format::vcard);
  CHECK(detect_format("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") == Format::ics);
  CHECK(detect_format("From alice@example.com Mon Nov  2 10:00:00 2026\n") == Format::mbox);
  CHECK(detect_format("Name,Email,Phone\nAlice,a@x.com,1\n") == Format::csv);
  CHECK(detect_format("\xEF\xBB\xBF\"First Name\",\"Last Name\"\r\n") == Format::csv);
  CHECK(detect_format("Notes:\n\"When exporting your connection data...\"\n\nFirst Name,Last Name\n") == Format::csv);
  CHECK_FALSE(detect_format("just some words\n").has_value());
  CHECK_FALSE(detect_format(std::string_view("PK\x03\x04,\0\0", 8)).has_value());
}
