// Unit tests for folding, slugs, display widths, edit distance and clean-text checks.
#include "rel/core/text.hpp"

#include <doctest/doctest.h>

#include <string>

using rel::display_width;
using rel::edit_distance;
using rel::fold;
using rel::is_clean_text;
using rel::slugify;

namespace {

// A slug that is safe as a file-name stem anywhere in the journal.
bool is_safe_slug(const std::string& slug) {
  if (slug.empty() || slug.size() > 64) return false;
  if (slug.front() == '-' || slug.back() == '-') return false;
  if (slug.find("--") != std::string::npos) return false;
  for (char c : slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace

TEST_CASE("fold makes matching case- and accent-insensitive") {
  SUBCASE("the header's example") { CHECK(fold("Zoë Ångström") == "zoe angstrom"); }
  SUBCASE("plain ASCII is only lower-cased") {
    CHECK(fold("Alice Chen") == "alice chen");
    CHECK(fold("alice-chen/work 42") == "alice-chen/work 42");
    CHECK(fold("") == "");
  }
  SUBCASE("composed and decomposed spellings fold alike") {
    CHECK(fold("Zo\u00EB") == "zoe");
    CHECK(fold("Zoe\u0308") == "zoe");
    CHECK(fold("Jos\u00E9") == fold("JOSE\u0301"));
  }
  SUBCASE("case folding covers more than ASCII") {
    CHECK(fold("STRASSE") == fold("straße"));
    CHECK(fold("ΣΟΦΊΑ") == fold("σοφια"));
    CHECK(fold("Ärger") == "arger");
  }
  SUBCASE("letters without a base letter stay as they are, lower-cased") {
    CHECK(fold("Søren") == "søren");
    CHECK(fold("李小龍") == "李小龍");
  }
  SUBCASE("invalid UTF-8 is kept bytewise with ASCII lower-cased") {
    const std::string bad = std::string("AB\xFF") + "Cd\xC3";
    CHECK(fold(bad) == std::string("ab\xFF") + "cd\xC3");
  }
  SUBCASE("folding is idempotent") {
    for (const char* text : {"Zoë Ångström", "Ærøskøbing", "Ĳssel", "ＡＢＣ"}) CHECK(fold(fold(text)) == fold(text));
  }
}

TEST_CASE("slugify turns ordinary names into readable file stems") {
  CHECK(slugify("Alice Chen") == "alice-chen");
  CHECK(slugify("Zoë O'Brien") == "zoe-o-brien");
  CHECK(slugify("  Jean-Luc   Picard  ") == "jean-luc-picard");
  CHECK(slugify("José María Núñez") == "jose-maria-nunez");
  CHECK(slugify("Ångström") == "angstrom");
  CHECK(slugify("R2 D2") == "r2-d2");
  CHECK(slugify("Dr. Who") == "dr-who");
}

TEST_CASE("slugify spells Latin letters that have no accent to strip") {
  CHECK(slugify("Søren Kierkegaard") == "soren-kierkegaard");
  CHECK(slugify("Æsa Łukasz") == "aesa-lukasz");
  CHECK(slugify("Straße") == "strasse");
  CHECK(slugify("Þóra Œuvre") == "thora-oeuvre");
  SUBCASE("ligatures and full-width letters become plain ASCII") {
    CHECK(slugify("ﬁona") == "fiona");
    CHECK(slugify("Ａｌｉｃｅ") == "alice");
  }
}

TEST_CASE("slugify never produces a dangerous file name") {
  SUBCASE("path traversal and absolute paths") {
    CHECK(slugify("../../x") == "x");
    CHECK(slugify("/etc/passwd") == "etc-passwd");
    CHECK(slugify("..\\..\\windows") == "windows");
    CHECK(slugify("a/../b") == "a-b");
  }
  SUBCASE("option-like names") {
    CHECK(slugify("-rf") == "rf");
    CHECK(slugify("--help") == "help");
    CHECK(slugify("-") == "contact");
  }
  SUBCASE("hidden-file names") {
    CHECK(slugify(".git") == "git");
    CHECK(slugify(".rel.yaml") == "rel-yaml");
  }
  SUBCASE("nothing usable falls back to contact") {
    CHECK(slugify("") == "contact");
    CHECK(slugify("   ") == "contact");
    CHECK(slugify("..") == "contact");
    CHECK(slugify("....") == "contact");
    CHECK(slugify("😀🎉") == "contact");
    CHECK(slugify("'\"!@#$%^&*()") == "contact");
  }
  SUBCASE("letters of other scripts are kept, case-folded, words joined by hyphens") {
    CHECK(slugify("李小龍") == "李小龍");
    CHECK(slugify("Иван Петров") == "иван-петров");
    CHECK(slugify("Ivan Иванов") == "ivan-иванов");
    CHECK(slugify("Bruce 李小龍 Lee") == "bruce-李小龍-lee");
    CHECK(slugify("Σωκράτης") == "σωκρατησ");  // case-folded: the final sigma too
    CHECK(slugify("محمد علي") == "محمد-علي");
    CHECK(slugify("../李/.x") == "李-x");
    CHECK(slugify("-李") == "李");
    CHECK(slugify("😀 李 🎉") == "李");
  }
  SUBCASE("a long name of other letters is cut at 64 bytes on a character boundary") {
    std::string name;
    for (int i = 0; i < 40; ++i) name += "龍";
    auto slug = slugify(name);
    CHECK(slug.size() == 63);
    CHECK(slug == name.substr(0, 63));
  }
  SUBCASE("control characters and NUL are separators") {
    CHECK(slugify(std::string("a\0b", 3)) == "a-b");
    CHECK(slugify("line\nbreak\ttab\x1b[31mred") == "line-break-tab-31mred");
    CHECK(slugify("\x7f\x01") == "contact");
  }
  SUBCASE("invalid UTF-8 is dropped, not passed through") {
    CHECK(slugify(std::string("Bob\xFF\xFE Smith")) == "bob-smith");
    CHECK(slugify(std::string("\xC3")) == "contact");
  }
  SUBCASE("every hostile name gives a safe slug") {
    const std::string hostile[] = {"../../x",
                                   "/etc/passwd",
                                   "-rf",
                                   "..",
                                   ".",
                                   "~root",
                                   "$(rm -rf /)",
                                   "a\r\nb",
                                   std::string(400, 'a'),
                                   std::string(400, '-'),
                                   std::string(200, '.') + "x",
                                   "CON",
                                   "nul.txt",
                                   "\xE2\x80\xAE"
                                   "evil",
                                   "Zoë\u0301\u0302\u0303"};
    for (const auto& name : hostile) {
      CAPTURE(name);
      CHECK(is_safe_slug(slugify(name)));
    }
  }
}

TEST_CASE("slugify keeps slugs at most 64 bytes, cut at a word boundary where possible") {
  SUBCASE("a 400-byte word is cut hard") {
    const std::string slug = slugify(std::string(400, 'a'));
    CHECK(slug == std::string(64, 'a'));
  }
  SUBCASE("many words are cut after the last whole word that fits") {
    std::string name;
    for (int i = 0; i < 30; ++i) name += "word ";  // "word-word-…": every fifth byte is a hyphen
    const std::string slug = slugify(name);
    CHECK(slug.size() <= 64);
    CHECK(slug.back() != '-');
    CHECK(slug == "word-word-word-word-word-word-word-word-word-word-word-word-word");
    CHECK(slug.size() == 64);
  }
  SUBCASE("a word ending exactly at 64 bytes is kept whole") {
    const std::string name = std::string(64, 'b') + " tail";
    CHECK(slugify(name) == std::string(64, 'b'));
  }
  SUBCASE("a hyphen too early is not used, so the slug keeps most of its length") {
    const std::string name = "ab " + std::string(100, 'c');
    const std::string slug = slugify(name);
    CHECK(slug.size() == 64);
    CHECK(slug == "ab-" + std::string(61, 'c'));
  }
  SUBCASE("a cut never leaves a trailing hyphen") {
    for (int pad = 55; pad < 70; ++pad) {
      const std::string slug = slugify(std::string(static_cast<size_t>(pad), 'x') + " y z " + std::string(50, 'q'));
      CAPTURE(pad);
      CHECK(is_safe_slug(slug));
    }
  }
  SUBCASE("multi-byte names are measured after transliteration") {
    std::string name;
    for (int i = 0; i < 40; ++i) name += "é";
    CHECK(slugify(name) == std::string(40, 'e'));
  }
}

TEST_CASE("display_width counts terminal columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Alice") == 5);
  CHECK(display_width("Zoë") == 3);
  CHECK(display_width("Zoe\u0308") == 3);  // the combining diaeresis takes no column
  CHECK(display_width("李小龍") == 6);
  CHECK(display_width("ＡＢ") == 4);
  CHECK(display_width("a😀") == 3);
  SUBCASE("each invalid byte shows as one replacement character") {
    CHECK(display_width(std::string("a\xFF\xFE")) == 3);
  }
}

TEST_CASE("edit_distance is the Levenshtein distance over bytes") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("alice", "alice") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("sitting", "kitten") == 3);
  CHECK(edit_distance("alice", "alcie") == 2);  // a transposition is two edits
  CHECK(edit_distance("bob", "rob") == 1);
  CHECK(edit_distance("bob", "bobby") == 2);
  CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("is_clean_text accepts valid UTF-8 without control characters") {
  CHECK(is_clean_text(""));
  CHECK(is_clean_text("Alice Chen"));
  CHECK(is_clean_text("Zoë Ångström 李小龍 😀"));
  CHECK(is_clean_text("first line\n\tsecond line"));
  SUBCASE("control characters are rejected") {
    CHECK_FALSE(is_clean_text("carriage\rreturn"));
    CHECK_FALSE(is_clean_text("escape\x1b[31m"));
    CHECK_FALSE(is_clean_text(std::string("nul\0byte", 8)));
    CHECK_FALSE(is_clean_text("delete\x7f"));
    CHECK_FALSE(is_clean_text("c1 \u0085 next line"));
  }
  SUBCASE("invalid UTF-8 is rejected") {
    CHECK_FALSE(is_clean_text(std::string("\xFF")));
    CHECK_FALSE(is_clean_text(std::string("truncated \xC3")));
    CHECK_FALSE(is_clean_text(std::string("overlong \xC0\xAF")));
    CHECK_FALSE(is_clean_text(std::string("surrogate \xED\xA0\x80")));
  }
}

TEST_CASE("slugify_folder makes a folder the user names a path of slugs inside the journal") {
  CHECK(rel::slugify_folder("work") == "work");
  CHECK(rel::slugify_folder("Work/Clients 2026/") == "work/clients-2026");
  CHECK(rel::slugify_folder("../../etc") == "etc");
  CHECK(rel::slugify_folder("/abs//x/./y") == "abs/x/y");
  CHECK(rel::slugify_folder("") == "");
}
