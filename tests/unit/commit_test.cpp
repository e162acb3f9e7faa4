// Tests of rel's commits: exactly the paths given, built with plumbing unless hooks or an operation
// under way call for `git commit`, the user's other staged work untouched, signing honoured.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "rel/git/git.hpp"

namespace rel::git {
namespace {

struct TempRepo {
  fs::path base = fs::temp_directory_path() / ("rel-commit-test-" + std::to_string(::getpid()));
  fs::path top = base / "repo";
  explicit TempRepo(bool with_commit = true) {
    fs::remove_all(base);
    fs::create_directories(top);
    git({"init", "-q"});
    git({"config", "user.name", "Test"});
    git({"config", "user.email", "test@example.com"});
    if (with_commit) {
      write("alice.yaml", "name: Alice\n");
      write("bob.yaml", "name: Bob\n");
      git({"add", "-A"});
      git({"commit", "-q", "-m", "start"});
    }
  }
  ~TempRepo() { fs::remove_all(base); }
  std::string git(const std::vector<std::string>& args) const {
    auto r = run_git(top, args);
    REQUIRE_MESSAGE(r.ok(), git_error_text(r));
    return r.out;
  }
  void write(const std::string& path, const std::string& text) const {
    fs::create_directories((top / path).parent_path());
    std::ofstream(top / path) << text;
  }
  void hook(const std::string& name, const std::string& script) const {
    const auto path = top / ".git" / "hooks" / name;
    std::ofstream(path) << "#!/bin/sh\n" << script;
    ::chmod(path.c_str(), 0755);
  }
  std::string head() const { return git({"rev-parse", "HEAD"}); }
};

}  // namespace

TEST_CASE("rel commits exactly the paths given, and the work tree is clean after") {
  TempRepo repo;
  repo.write("alice.yaml", "name: Alice\nlog: []\n");
  REQUIRE_FALSE(commit_paths(repo.top, {"alice.yaml"}, "log: Alice"));
  CHECK(repo.git({"log", "-1", "--format=%s"}) == "log: Alice\n");
  CHECK(repo.git({"show", "--name-only", "--format="}) == "alice.yaml\n");
  CHECK(repo.git({"status", "--porcelain"}).empty());
  CHECK(repo.git({"reflog", "-1", "--format=%gs"}) == "commit: log: Alice\n");

  SUBCASE("the user's other staged work stays staged, and out of the commit") {
    repo.write("bob.yaml", "name: Bob\naka: [Bobby]\n");
    repo.git({"add", "bob.yaml"});
    repo.write("alice.yaml", "name: Alice\nlog: [{date: 2026-11-20}]\n");
    REQUIRE_FALSE(commit_paths(repo.top, {"alice.yaml"}, "log: Alice again"));
    CHECK(repo.git({"show", "--name-only", "--format="}) == "alice.yaml\n");
    CHECK(repo.git({"diff", "--cached", "--name-only"}) == "bob.yaml\n");
  }
  SUBCASE("a removed file is committed as removed") {
    fs::remove(repo.top / "bob.yaml");
    REQUIRE_FALSE(commit_paths(repo.top, {"bob.yaml"}, "rm: Bob"));
    CHECK(repo.git({"show", "--name-status", "--format="}) == "D\tbob.yaml\n");
    CHECK(repo.git({"status", "--porcelain"}).empty());
  }
  SUBCASE("nothing new: no commit") {
    const auto before = repo.head();
    CHECK_FALSE(commit_paths(repo.top, {"alice.yaml"}, "log: nothing"));
    CHECK(repo.head() == before);
  }
}

TEST_CASE("rel's first commit on a branch without any") {
  TempRepo repo(false);
  repo.write("alice.yaml", "name: Alice\n");
  REQUIRE_FALSE(commit_paths(repo.top, {"alice.yaml"}, "add: Alice"));
  CHECK(repo.git({"log", "--format=%s"}) == "add: Alice\n");
  CHECK(repo.git({"status", "--porcelain"}).empty());
}

TEST_CASE("a journal in a folder of a larger repository commits its paths there") {
  TempRepo repo;
  repo.write("journal/carol.yaml", "name: Carol\n");
  REQUIRE_FALSE(commit_paths(repo.top / "journal", {"carol.yaml"}, "add: Carol"));
  CHECK(repo.git({"show", "--name-only", "--format="}) == "journal/carol.yaml\n");
}

TEST_CASE("commit.gpgSign is honoured") {
  TempRepo repo;
  // A stand-in for gpg: it signs anything, and says so the way git expects.
  const auto fake_gpg = repo.base / "fake-gpg";
  std::ofstream(fake_gpg) << "#!/bin/sh\necho >&2\necho '[GNUPG:] SIG_CREATED D 1 8 00 0 0' >&2\ncat >/dev/null\n"
                             "printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nfake\\n-----END PGP SIGNATURE-----\\n'\n";
  ::chmod(fake_gpg.c_str(), 0755);
  repo.git({"config", "gpg.program", fake_gpg.string()});
  repo.git({"config", "commit.gpgSign", "true"});
  repo.write("alice.yaml", "name: Alice\nlog: []\n");
  REQUIRE_FALSE(commit_paths(repo.top, {"alice.yaml"}, "log: Alice"));
  CHECK(repo.git({"cat-file", "commit", "HEAD"}).find("gpgsig -----BEGIN PGP SIGNATURE-----") != std::string::npos);
}

TEST_CASE("with commit hooks, rel commits as git commit does: the hooks run, and a refusal keeps the file") {
  TempRepo repo;
  SUBCASE("a commit-msg hook rewrites the message") {
    repo.hook("commit-msg", "printf 'signed-off\\n' >>\"$1\"\n");
    repo.write("alice.yaml", "name: Alice\nlog: []\n");
    REQUIRE_FALSE(commit_paths(repo.top, {"alice.yaml"}, "log: Alice"));
    CHECK(repo.git({"log", "-1", "--format=%B"}) == "log: Alice\nsigned-off\n\n");
  }
  SUBCASE("a failing pre-commit hook: no commit, the file as written, git's words returned") {
    repo.hook("pre-commit", "echo 'journal is frozen' >&2\nexit 1\n");
    const auto before = repo.head();
    repo.write("alice.yaml", "name: Alice\nlog: []\n");
    auto problem = commit_paths(repo.top, {"alice.yaml"}, "log: Alice");
    REQUIRE(problem);
    CHECK(problem->find("journal is frozen") != std::string::npos);
    CHECK(repo.head() == before);
    std::ifstream in(repo.top / "alice.yaml");
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str() == "name: Alice\nlog: []\n");
  }
}

}  // namespace rel::git

TEST_CASE("a commit's summary quotes a note in one bounded line") {
  using rel::git::excerpt;
  CHECK(excerpt("asked about Berlin") == "\"asked about Berlin\"");
  CHECK(excerpt("two\nlines,  and\tblanks ") == "\"two lines, and blanks\"");
  CHECK(excerpt("Zoë asked about the flat in Mitte and the new job at the lab", 20) == "\"Zoë asked about the…\"");
  CHECK(excerpt("東京東京", 4) == "\"東京東京\"");
  CHECK(excerpt("東京東京東京東京東京", 4) == "\"東京東京…\"");
  CHECK(excerpt("a         b", 2) == "\"a…\"");
  auto long_one = excerpt(std::string(500, 'x'));
  CHECK(long_one.size() == 48 + 2 + 3);
  CHECK(long_one.find('\n') == std::string::npos);
}
