// Pins which commit `rel undo` reverts: rel's latest not undone yet, refusing anything that is not rel's.
#include "rel/git/undo.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace rel::git;

namespace {

CommitInfo rel_commit(const std::string& sha, const std::string& command, std::vector<std::string> undoes = {}) {
  return {sha, command + ": something", command, std::move(undoes), 1};
}

CommitInfo user_commit(const std::string& sha) { return {sha, "my own edit", "", {}, 1}; }

}  // namespace

TEST_CASE("undo reverts rel's last commit") {
  auto choice = choose_undo({rel_commit("c3", "rm"), rel_commit("c2", "log"), user_commit("c1")});
  REQUIRE(choice.target);
  CHECK(*choice.target == 0);
}

TEST_CASE("undo again goes back one more change, past the undo and what it undid") {
  auto choice = choose_undo({rel_commit("u1", "undo", {"c3"}), rel_commit("c3", "rm"), rel_commit("c2", "log")});
  REQUIRE(choice.target);
  CHECK(*choice.target == 2);
  auto third = choose_undo({rel_commit("u2", "undo", {"c2"}), rel_commit("u1", "undo", {"c3"}), rel_commit("c3", "rm"),
                            rel_commit("c2", "log"), rel_commit("c1", "add")});
  REQUIRE(third.target);
  CHECK(*third.target == 4);
}

TEST_CASE("undo refuses when the last commit is not rel's, and says how to undo it") {
  auto choice = choose_undo({user_commit("abcdef0123"), rel_commit("c2", "log")});
  CHECK_FALSE(choice.target);
  CHECK(choice.refusal ==
        "the last commit, abcdef0 \"my own edit\", was not made by rel; undo it with git (`rel git revert abcdef0`)");
}

TEST_CASE("undo refuses past the user's commit and at the first commit") {
  auto past = choose_undo({rel_commit("u1", "undo", {"c3"}), rel_commit("c3", "rm"), user_commit("1234567890")});
  CHECK_FALSE(past.target);
  CHECK(past.refusal == "what rel did since 1234567 \"my own edit\" (not made by rel) is undone already");
  auto first = choose_undo({CommitInfo{"0000000aaaa", "init: rel journal", "init", {}, 0}});
  CHECK_FALSE(first.target);
  CHECK(first.refusal.find("is the journal's first commit") != std::string::npos);
  CHECK_FALSE(choose_undo({}).target);
}
