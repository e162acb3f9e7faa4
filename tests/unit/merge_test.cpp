// Pins the three-way merge of contact files: union of entries in date order, one-sided changes, real conflicts.
#include "rel/git/merge.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace rel::git;

namespace {

const std::string base = R"(# Alice, from the Acme deal.
name: Alice Chen
tags: [client]
details:
  spouse: Ben
  kids: Maya (7)
log:
  - date: 2026-11-01
    via: call
    by: me
    note: Kickoff.
)";

MergeResult merge(const std::string& o, const std::string& a, const std::string& t) {
  return merge_contact_texts(o, a, t);
}

}  // namespace

TEST_CASE("entries logged on both sides are merged in date order, each as written") {
  auto ours = base + R"(  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch at Nopa.   # ours' comment stays
)";
  auto theirs = base + R"(  - date: 2026-11-10
    via: email
    by: them
    note: "Sent: the deck"
)";
  auto expected = base + R"(  - date: 2026-11-10
    via: email
    by: them
    note: "Sent: the deck"
  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch at Nopa.   # ours' comment stays
)";
  auto r = merge(base, ours, theirs);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == expected);
  SUBCASE("and the other way round, the same entries in the same order") {
    auto back = merge(base, theirs, ours);
    CHECK(back.outcome == MergeOutcome::clean);
    CHECK(back.text == expected);
  }
}

TEST_CASE("an entry both sides logged appears once") {
  std::string same_entry = R"(  - date: 2026-11-20
    via: call
    by: me
    note: Same call.
)";
  auto r = merge(base, base + same_entry, base + same_entry);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == base + same_entry);
}

TEST_CASE("two entries of one date keep the ancestor's, then ours', then theirs' order") {
  auto o = base + "  - date: 2026-11-20\n    note: first\n";
  auto a = o + "  - date: 2026-11-20\n    note: ours\n";
  auto t = o + "  - date: 2026-11-20\n    note: theirs\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  - date: 2026-11-20\n    note: ours\n  - date: 2026-11-20\n    note: theirs\n");
}

TEST_CASE("a multi-line entry of theirs is copied whole, never interleaved") {
  auto a = base + "  - date: 2026-11-21\n    note: |\n      line one\n      line two\n";
  auto t = base + "  - date: 2026-11-21\n    note: |\n      other one\n      other two\n";
  auto r = merge(base, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == a + "  - date: 2026-11-21\n    note: |\n      other one\n      other two\n");
}

TEST_CASE("the blank lines a note keeps (`|+`) stay in it, wherever its entry goes") {
  // The text edits' fuzz finding (new-key-inside-kept-blank-lines), here: ours' note lost its two
  // blank lines to theirs' entry, and its value its two final line breaks.
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  auto a = o + "  - date: 2026-01-02\n    note: |+\n      x\n\n\n# end\n";
  auto t = o + "  - date: 2026-01-03\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  - date: 2026-01-02\n    note: |+\n      x\n\n\n  - date: 2026-01-03\n# end\n");
  // Theirs' entry carries its own, not the entry after it, when ours' goes between them.
  auto t2 = o + "  - date: 2026-01-02\n    note: >+\n      y\n\n  - date: 2026-01-05\n    note: z\n";
  auto a2 = o + "  - date: 2026-01-04\n";
  auto r2 = merge(o, a2, t2);
  CHECK(r2.outcome == MergeOutcome::clean);
  CHECK(r2.text == o + "  - date: 2026-01-02\n    note: >+\n      y\n\n  - date: 2026-01-04\n" +
                       "  - date: 2026-01-05\n    note: z\n");
  // A last blank line without a line break is not the note's.
  auto r3 = merge(o, o + "  - date: 2026-01-02\n    note: |+\n      x\n\n  ", t);
  CHECK(r3.outcome == MergeOutcome::clean);
  CHECK(r3.text == o + "  - date: 2026-01-02\n    note: |+\n      x\n\n  - date: 2026-01-03\n  ");
}

TEST_CASE("a quoted note ending on a line that starts with # stays whole, wherever its entry goes") {
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  auto a = o + "  - date: 2026-01-02\n    note: 'x\n  # y'\n# end\n";
  auto r = merge(o, a, o + "  - date: 2026-01-03\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  - date: 2026-01-02\n    note: 'x\n  # y'\n  - date: 2026-01-03\n# end\n");
  // Theirs' entry takes its last line along when ours' goes between.
  auto t = o + "  - date: 2026-01-02\n    note: \"x\n  # y\"\n  - date: 2026-01-05\n";
  auto r2 = merge(o, o + "  - date: 2026-01-04\n", t);
  CHECK(r2.outcome == MergeOutcome::clean);
  CHECK(r2.text == o + "  - date: 2026-01-02\n    note: \"x\n  # y\"\n  - date: 2026-01-04\n  - date: 2026-01-05\n");
}

TEST_CASE("theirs' entries move to ours' indentation") {
  std::string o = "name: Bo\nlog:\n- date: 2026-01-01\n";
  std::string a = "name: Bo\nlog:\n  - date: 2026-01-01\n  - date: 2026-03-01\n";
  std::string t = "name: Bo\nlog:\n- date: 2026-01-01\n- date: 2026-02-01\n  note: x\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == "name: Bo\nlog:\n  - date: 2026-01-01\n  - date: 2026-02-01\n    note: x\n  - date: 2026-03-01\n");
}

TEST_CASE("the first log of a contact on both sides is merged") {
  std::string o = "name: Bo\n";
  auto r = merge(o, o + "log:\n  - date: 2026-02-01\n", o + "log:\n  - date: 2026-01-01\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == "name: Bo\nlog:\n  - date: 2026-01-01\n  - date: 2026-02-01\n");
  SUBCASE("also when ours' log is an empty value") {
    auto e = merge("name: Bo\nlog: []\n", "name: Bo\nlog: ~  # none yet\n", "name: Bo\nlog:\n  - date: 2026-01-01\n");
    CHECK(e.outcome == MergeOutcome::clean);
    CHECK(e.text == "name: Bo\nlog:  # none yet\n  - date: 2026-01-01\n");
  }
  SUBCASE("also when ours' log is a bare key followed by another key") {
    auto e = merge("name: Bo\nlog:\ndetails:\n  pet: cat\n", "name: Bo\nlog:\ndetails:\n  pet: dog\n",
                   "name: Bo\nlog:\n  - date: 2026-01-01\ndetails:\n  pet: cat\n");
    CHECK(e.outcome == MergeOutcome::clean);
    CHECK(e.text == "name: Bo\nlog:\n  - date: 2026-01-01\ndetails:\n  pet: dog\n");
  }
}

TEST_CASE("comments between entries travel with the entry they precede") {
  std::string o = "name: Bo\nlog:\n  # the first meeting\n  - date: 2026-01-01\n    note: hello\n";
  auto a = o + "  # ours\n  - date: 2026-03-01   # late\n    note: three\n";
  auto t = o + "  # theirs\n  - date: 2026-02-01\n    note: two\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  # theirs\n  - date: 2026-02-01\n    note: two\n" +
                      "  # ours\n  - date: 2026-03-01   # late\n    note: three\n");
}

TEST_CASE("an entry with a time sorts after the same day's undated-time entries and by its time") {
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  auto a = o + "  - date: 2026-01-05 18:00\n";
  auto t = o + "  - date: 2026-01-05 09:30\n  - date: 2026-01-05\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  - date: 2026-01-05\n  - date: 2026-01-05 09:30\n  - date: 2026-01-05 18:00\n");
}

TEST_CASE("an entry edited differently on both sides is a conflict holding both versions, never two entries") {
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n    via: call\n    by: me\n    note: lunch\n";
  std::string later = "  - date: 2026-01-09\n    note: later\n";
  auto ours = "name: Bo\nlog:\n  - date: 2026-01-01\n    via: call\n    by: me\n    note: lunch at Nopa\n" + later;
  auto theirs = "name: Bo\nlog:\n  - date: 2026-01-01\n    via: call\n    by: me\n    note: lunch, with Ben\n";
  auto r = merge(o, ours, theirs);
  CHECK(r.outcome == MergeOutcome::conflict);
  CHECK(r.conflicts == std::vector<std::string>{"log: the entry of 2026-01-01, edited on both sides"});
  CHECK(r.text ==
        "name: Bo\nlog:\n<<<<<<< ours\n  - date: 2026-01-01\n    via: call\n    by: me\n    note: lunch at Nopa\n"
        "=======\n  - date: 2026-01-01\n    via: call\n    by: me\n    note: lunch, with Ben\n>>>>>>> theirs\n" +
            later);
  SUBCASE("an entry of another channel that day is another entry: both kept, cleanly") {
    auto email = "name: Bo\nlog:\n  - date: 2026-01-01\n    via: email\n    by: me\n    note: sent the deck\n";
    auto deleted_and_new = merge(o, ours, email);
    CHECK(deleted_and_new.outcome == MergeOutcome::clean);
  }
  SUBCASE("a promise reworded on both sides likewise") {
    std::string p = "name: Bo\npromises:\n  - what: send the deck\n    made: 2026-01-01\n";
    auto a = merge(p, "name: Bo\npromises:\n  - what: send the final deck\n    made: 2026-01-01\n",
                   "name: Bo\npromises:\n  - what: send the deck and notes\n    made: 2026-01-01\n");
    CHECK(a.outcome == MergeOutcome::conflict);
    CHECK(a.conflicts == std::vector<std::string>{"promises: send the deck"});
  }
}

TEST_CASE("entries new on both sides that differ only in who else was there are two interactions, both kept") {
  // The union the spec asks for: nothing says the call with Bo and Ben and the call with Bo alone are one.
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  std::string with_ben = "  - date: 2026-02-01\n    via: call\n    by: me\n    with: [ben-chen]\n";
  std::string alone = "  - date: 2026-02-01\n    via: call\n    by: me\n";
  auto r = merge(o, o + with_ben, o + alone);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + with_ben + alone);
  SUBCASE("and the same entry logged on both sides, `with:` and all, is one") {
    auto once = merge(o, o + with_ben, o + with_ben);
    CHECK(once.outcome == MergeOutcome::clean);
    CHECK(once.text == o + with_ben);
  }
  SUBCASE("an empty `with:` is no one, as its absence is: one entry (merge fuzz finding)") {
    for (const std::string empty : {"    with:\n", "    with: []\n", "    with: ~\n"}) {
      auto once = merge(o, o + alone, o + alone + empty);
      CHECK(once.outcome == MergeOutcome::clean);
      CHECK(once.text == o + alone);
    }
  }
}

TEST_CASE("the same entry logged twice on one side stays twice") {
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  auto twice = o + "  - date: 2026-01-02\n  - date: 2026-01-02\n";
  auto r = merge(o, twice, o + "  - date: 2026-01-02\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == twice);
}

TEST_CASE("a contact created on both sides merges by entries") {
  auto r = merge("", "name: Bo\nlog:\n  - date: 2026-02-01\n", "name: Bo\nlog:\n  - date: 2026-01-01\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == "name: Bo\nlog:\n  - date: 2026-01-01\n  - date: 2026-02-01\n");
}

TEST_CASE("an entry deleted on one side and untouched on the other stays deleted") {
  auto two = base + "  - date: 2026-11-05\n    note: typo\n";
  auto r = merge(two, base, two + "  - date: 2026-11-22\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == base + "  - date: 2026-11-22\n");
  SUBCASE("an entry edited on one side replaces the old one, the other side's additions kept") {
    auto fixed = base + "  - date: 2026-11-05\n    note: fixed\n";
    auto e = merge(two, fixed, two + "  - date: 2026-11-22\n");
    CHECK(e.text == fixed + "  - date: 2026-11-22\n");
  }
}

TEST_CASE("a one-sided change of a detail merges with the other side's entries") {
  std::string a = base;
  a.replace(a.find("Maya (7)"), 8, "Maya (8), Leo (1)");
  auto t = base + "  - date: 2026-11-22\n";
  auto r = merge(base, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == a + "  - date: 2026-11-22\n");
  SUBCASE("and from theirs, keeping ours' comments") {
    auto ours = base;
    ours.replace(ours.find("  spouse"), 0, "  # ask about the boat\n");
    auto r2 = merge(base, ours, a);
    std::string expected = ours;
    expected.replace(expected.find("Maya (7)"), 8, "Maya (8), Leo (1)");
    CHECK(r2.outcome == MergeOutcome::clean);
    CHECK(r2.text == expected);
  }
}

TEST_CASE("keys added on either side are kept in place") {
  std::string o = "name: Bo\ntags: [a]\nlog:\n  - date: 2026-01-01\n";
  std::string a = "name: Bo\ntags: [a]\nemail: bo@example.com\nlog:\n  - date: 2026-01-01\n";
  std::string t = "name: Bo\nphone: \"+1 555\"\ntags: [a]\nlog:\n  - date: 2026-01-01\ndetails:\n  pet: cat\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text ==
        "name: Bo\nphone: \"+1 555\"\ntags: [a]\nemail: bo@example.com\nlog:\n  - date: 2026-01-01\ndetails:\n  pet: "
        "cat\n");
}

TEST_CASE("the same detail changed differently on both sides is a visible conflict") {
  std::string a = base, t = base;
  a.replace(a.find("Maya (7)"), 8, "Maya (8)");
  t.replace(t.find("Maya (7)"), 8, "Maya and Leo");
  auto r = merge(base, a, t + "  - date: 2026-11-22\n");
  CHECK(r.outcome == MergeOutcome::conflict);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0] == "details.kids");
  CHECK(r.text == R"(# Alice, from the Acme deal.
name: Alice Chen
tags: [client]
details:
  spouse: Ben
<<<<<<< ours
  kids: Maya (8)
=======
  kids: Maya and Leo
>>>>>>> theirs
log:
  - date: 2026-11-01
    via: call
    by: me
    note: Kickoff.
  - date: 2026-11-22
)");
  SUBCASE("a detail deleted on one side and changed on the other also conflicts") {
    std::string gone = base;
    gone.erase(gone.find("  kids"), std::string("  kids: Maya (7)\n").size());
    auto d = merge(base, gone, t);
    CHECK(d.outcome == MergeOutcome::conflict);
    CHECK(d.text.find("<<<<<<< ours\n=======\n  kids: Maya and Leo\n>>>>>>> theirs\n") != std::string::npos);
  }
  SUBCASE("a top-level key too") {
    auto n = merge(base, "# Alice, from the Acme deal.\nname: Alice Wu\n" + base.substr(base.find("tags")),
                   "# Alice, from the Acme deal.\nname: Alice Chen-Wu\n" + base.substr(base.find("tags")));
    CHECK(n.outcome == MergeOutcome::conflict);
    CHECK(n.conflicts == std::vector<std::string>{"name"});
    CHECK(n.text.find("<<<<<<< ours\nname: Alice Wu\n=======\nname: Alice Chen-Wu\n>>>>>>> theirs\n") !=
          std::string::npos);
  }
}

TEST_CASE("promises: a kept promise wins over the open one, new ones from both sides kept") {
  std::string o = R"(name: Bo
promises:
  - what: send the guide
    made: 2026-11-01
    due: 2026-11-10
)";
  std::string a = o + "    done: 2026-11-09\n";
  std::string t = o + "  - what: call back\n    made: 2026-11-05\n    due: 2026-11-30\n";
  std::string expected = a + "  - what: call back\n    made: 2026-11-05\n    due: 2026-11-30\n";
  auto r = merge(o, a, t);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == expected);
  auto back = merge(o, t, a);
  CHECK(back.outcome == MergeOutcome::clean);
  CHECK(back.text == expected);
  SUBCASE("kept on one side, postponed on the other: still kept") {
    std::string postponed = o;
    postponed.replace(postponed.find("2026-11-10"), 10, "2026-11-20");
    auto p = merge(o, postponed, a);
    CHECK(p.outcome == MergeOutcome::clean);
    CHECK(p.text == a);
  }
  SUBCASE("kept on both sides on different days conflicts") {
    auto c = merge(o, o + "    done: 2026-11-08\n", a);
    CHECK(c.outcome == MergeOutcome::conflict);
    CHECK(c.conflicts == std::vector<std::string>{"promises: send the guide"});
  }
}

TEST_CASE("a side with a line broken other than at a newline is left to a line merge") {
  // Found by the merge fuzz target (corpus: carriage-return-alone-at-the-end): ours ended in
  // `note: Kickoff.\r`, which the driver wrote as `note: Kickoff.\r\n`, another note.
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n";
  auto r = merge(o, o + "  - date: 2026-01-02\n    note: Kickoff.\r", o + "  - date: 2026-01-03\n");
  CHECK(r.outcome == MergeOutcome::unparseable);
  CHECK(r.text.empty());
  CHECK(r.problem.starts_with("ours cannot be merged by entries: ours:5:19: a carriage return alone"));
}

TEST_CASE("a side with a key written after '?' is left to a line merge") {
  // Found in review: entries are lined up by their keys' columns, and a key written after `?` stands
  // two columns right of its map's; theirs' new `phone: 1` went into ours' last log item, in a clean
  // merge.
  std::string o = "name: Bo\nlog:\n- date: 2026-01-01\n  note: a\n";
  auto r = merge(o, "? k\n: v\n" + o, o + "- date: 2026-01-03\n  note: b\nphone: 1\n");
  CHECK(r.outcome == MergeOutcome::unparseable);
  CHECK(r.text.empty());
  CHECK(r.problem == "ours cannot be merged by entries: ours:1:3: a key is written after '?' (an explicit key)");
  // Deeper too, and in any side.
  r = merge("name: Bo\ndetails:\n  ?\n    kids\n  : Maya\n", o, o);
  CHECK(r.problem ==
        "ancestor cannot be merged by entries: ancestor:4:5: a key is written after '?' (an explicit key)");
}

TEST_CASE("a file that is not a YAML map is left to a line merge") {
  auto r = merge(base, "name: [unclosed\n", base);
  CHECK(r.outcome == MergeOutcome::unparseable);
  CHECK(r.text.empty());
  CHECK(merge(base, base, "<<<<<<< ours\n").outcome == MergeOutcome::unparseable);
}

TEST_CASE("a file without changes on one side is the other side exactly") {
  auto a = base + "  - date: 2026-11-22 # x\n";
  CHECK(merge(base, a, base).text == a);
  CHECK(merge(base, base, a).text == a);
  CHECK(merge(base, base, base).text == base);
}

TEST_CASE("an entry deleted on one side and edited on the other is kept, edited") {
  std::string o = "name: Bo\nlog:\n  - date: 2026-01-01\n    note: lunch\n";
  std::string edited = "name: Bo\nlog:\n  - date: 2026-01-01\n    note: lunch at Nopa\n";
  auto r = merge(o, "name: Bo\nlog:\n", edited);
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == edited);
}

TEST_CASE("details added on both sides under different keys are both kept") {
  std::string o = "name: Bo\ndetails:\n  pet: cat\n";
  auto r = merge(o, o + "  spouse: Ann   # since 2020\n", o + "  kids: none\n");
  CHECK(r.outcome == MergeOutcome::clean);
  CHECK(r.text == o + "  spouse: Ann   # since 2020\n  kids: none\n");
}

TEST_CASE("a log in flow style changed on both sides conflicts instead of guessing") {
  std::string o = "name: Bo\nlog: [{date: 2026-01-01}]\n";
  auto r = merge(o, "name: Bo\nlog: [{date: 2026-01-01}, {date: 2026-02-01}]\n",
                 "name: Bo\nlog: [{date: 2026-01-01}, {date: 2026-03-01}]\n");
  CHECK(r.outcome == MergeOutcome::conflict);
  CHECK(r.conflicts == std::vector<std::string>{"log"});
  CHECK(r.text.find("log: [{date: 2026-01-01}, {date: 2026-02-01}]") != std::string::npos);
  CHECK(r.text.find("log: [{date: 2026-01-01}, {date: 2026-03-01}]") != std::string::npos);
}

TEST_CASE("a log ending in a bare dash merges without reading past it") {
  const std::string side = base + "  -\n";
  auto r = merge(base, side, base + "  - date: 2026-11-10\n    via: email\n");
  REQUIRE(r.outcome == MergeOutcome::clean);  // as YAML; the empty entry stays for `rel check` to report
  CHECK(r.text.find("  - date: 2026-11-10\n    via: email\n") != std::string::npos);
  CHECK(r.text.find("  -\n") != std::string::npos);
}

TEST_CASE("a side ending in an unterminated quote is not merged as if its entries were text") {
  // yaml-cpp read the quote to the end of the file, so the other side's entry, merged after it,
  // became part of the note; the file is refused now, and merged line by line.
  auto ours = base + "  - date: 2026-11-05\n    via: call\n    note: \"she said: call back\n";
  auto theirs = base + "  - date: 2026-11-10\n    via: email\n    note: Sent the deck.\n";
  CHECK(merge(base, ours, theirs).outcome == MergeOutcome::unparseable);
}

TEST_CASE("a side only yaml-cpp read, with faults libyaml finds, is merged line by line, at its fault") {
  // The merge fuzzer's entry-lost-beside-unreadable-side: a byte order mark inside ours sent it to
  // yaml-cpp alone, which took an unterminated quote and a control character in silence, and the
  // driver's clean merge put theirs' entry inside the quote.
  auto ours = std::string("name: Alice Chen\ndetails:\n  spouse\x02: Ben\xEF\xBB\xBF\nlog:\n' - date: 2026-11-01\n");
  auto theirs = base + "  - date: 2026-11-10\n    via: email\n    note: Sent the deck.\n";
  auto r = merge(base, ours, theirs);
  CHECK(r.outcome == MergeOutcome::unparseable);
  CHECK(r.problem.find("ours:3:9: control characters are not allowed") != std::string::npos);
}
