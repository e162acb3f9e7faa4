// `rel init [DIR] [--git]`: creates the journal folder and a commented `.rel.yaml`, and with --git a repository.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/save.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* default_settings = R"(# rel journal settings; every key is optional (see `man rel`).
cadence:
  default: 30d          # how often you want contact, unless a contact or its tags say otherwise
  tags:
    family: 14d
    client: 30d
    acquaintance: 180d
# How much each channel counts towards a relationship's intensity.
weights: {meeting: 1.0, video: 0.8, call: 0.7, letter: 0.6, message: 0.4, email: 0.3, social: 0.1, other: 0.3}
)";

constexpr const char* git_settings =
    R"(# Every rel write is a git commit (`rel init --git`); `rel sync` pulls and pushes.
git:
  autocommit: true
)";

// What rel derives inside the journal folder: only the temporary files of atomic writes
// (the index lives in $XDG_CACHE_HOME, outside the repository).
constexpr const char* ignore_line = ".*.rel-tmp*";  // .alice.yaml.rel-tmp, and .alice.yaml.rel-tmp-PID
constexpr const char* ignore_text = "# rel's half-written temporary files (a crash can leave one behind).\n";

// Contact files (and .rel.yaml) merge with rel's driver: entries logged on two machines are united.
constexpr const char* attributes_line = "*.yaml merge=rel";
constexpr const char* attributes_text =
    "# Contact files merge with `rel merge-driver` (configured in .git/config by rel).\n";

struct InitOptions {
  std::string dir;
  bool git = false;
};

// Adds `line` to the text file at `path` unless a line says exactly that already.
void ensure_line(const fs::path& path, const std::string& line, const std::string& comment) {
  std::error_code ec;
  std::string text;
  if (fs::exists(path, ec)) text = journal::read_text_file(path, path.filename().string());
  size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    auto end = nl == std::string::npos ? text.size() : nl;
    if (text.substr(start, end - start) == line) return;
    start = end + 1;
  }
  if (!text.empty() && text.back() != '\n') text += '\n';
  text += comment + line + "\n";
  util::write_file_atomically(path, text);
}

// Turns git.autocommit on in an existing `.rel.yaml`, changing only those lines.
void enable_autocommit(const fs::path& settings_path, Context& ctx) {
  std::vector<Diagnostic> problems;
  auto root = settings_path.parent_path();
  if (journal::load_settings(root, problems).autocommit) return;
  if (!problems.empty()) throw Error(problems);
  auto text = journal::read_text_file(settings_path, journal::settings_file_name);
  auto tree = journal::parse_yaml(text, journal::settings_file_name);
  std::string edited;
  if (tree.kind != journal::YamlNode::Kind::map || !tree.find("git")) {
    edited = text;
    if (!edited.empty() && edited.back() != '\n') edited += '\n';
    edited += git_settings;
  } else {
    try {
      edited = journal::set_value(text, tree, {"git", "autocommit"}, journal::ItemValue{"autocommit", "true", {}});
    } catch (const Error& e) {
      ctx.warn(fmt::format("{}: set `git: {{autocommit: true}}` by hand: {}", journal::settings_file_name, e.what()));
      return;
    }
  }
  util::write_file_atomically(settings_path, edited);
  if (!journal::load_settings(root, problems).autocommit || !problems.empty())
    throw Error(fmt::format("{}: could not turn git.autocommit on", settings_path.string()));
}

bool is_work_tree(const fs::path& root) {
  if (!git::has_git_above(root)) return false;
  auto r = git::run_git(root, {"rev-parse", "--is-inside-work-tree"});
  return r.ok() && r.out.starts_with("true");
}

// The repository half of `init --git`: adopt or create it, write the ignores and
// attributes, configure the merge driver, and commit what rel wrote.
void init_git(const fs::path& root, Context& ctx) {
  std::vector<std::string> paths = {journal::settings_file_name, ".gitignore", ".gitattributes"};
  if (is_work_tree(root)) {
    auto top = git::git_toplevel(root);
    ctx.out << fmt::format("using the git repository in {}\n", top ? top->string() : root.string());
  } else {
    auto r = git::run_git(root, {"init", "--quiet"});
    if (!r.ok()) throw Error(fmt::format("git init failed: {}", git::git_error_text(r)));
    ctx.out << fmt::format("created a git repository in {}\n", root.string());
    // A repository rel just made holds nobody's work in progress: the contacts go in the first commit.
    for (const auto& id : journal::list_contact_ids(root)) paths.push_back(id + ".yaml");
  }
  enable_autocommit(root / journal::settings_file_name, ctx);
  ensure_line(root / ".gitignore", ignore_line, ignore_text);
  ensure_line(root / ".gitattributes", attributes_line, attributes_text);
  record_in_git(ctx, root, paths, "init: rel journal");
}

void run_init(const InitOptions& opts, Context& ctx) {
  if (!opts.dir.empty()) ctx.dir = opts.dir;
  auto root = ctx.root();
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) throw Error(fmt::format("{}: cannot create: {}", root.string(), ec.message()));
  journal::JournalLock lock(root);
  auto settings = root / journal::settings_file_name;
  if (fs::exists(settings, ec)) {
    ctx.out << fmt::format("journal already set up in {}\n", root.string());
  } else {
    util::write_file_atomically(settings, std::string(default_settings) + (opts.git ? git_settings : ""),
                                {util::Replace::never});
    ctx.out << fmt::format("created journal in {}\n", root.string());
  }
  if (opts.git) init_git(root, ctx);
}

}  // namespace

void add_init_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand("init", "Create a journal folder with a .rel.yaml (and with --git, a git repository)");
  cmd->add_option("dir", opts->dir, "Where (default: --dir, $REL_DIR, else $XDG_DATA_HOME/rel)");
  cmd->add_flag("--git", opts->git,
                "Also keep it in git: create (or adopt) a repository, its .gitignore and .gitattributes, "
                "the merge driver, and commit every write");
  cmd->callback([opts, &ctx] { run_init(*opts, ctx); });
}

}  // namespace rel::cli
