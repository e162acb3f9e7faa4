// The table of contents of rel: every subcommand registered in one block, errors printed in one place.
#include "rel/cli/app.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"

namespace rel::cli {
namespace {

void register_commands(CLI::App& app, Context& ctx) {
  add_init_command(app, ctx);
  add_add_command(app, ctx);
  add_log_command(app, ctx);
  add_show_command(app, ctx);
  add_list_command(app, ctx);
  add_set_command(app, ctx);
  add_promise_command(app, ctx);
  add_snooze_command(app, ctx);
  add_archive_command(app, ctx);
  add_amend_command(app, ctx);
  add_delete_command(app, ctx);
  add_rename_command(app, ctx);
  add_merge_command(app, ctx);
  add_rm_command(app, ctx);
  add_undo_command(app, ctx);
  add_tags_command(app, ctx);
  add_who_to_call_command(app, ctx);
  add_report_command(app, ctx);
  add_upcoming_command(app, ctx);
  add_search_command(app, ctx);
  add_check_command(app, ctx);
  add_import_command(app, ctx);
  add_export_command(app, ctx);
  add_edit_command(app, ctx);
  add_git_command(app, ctx);
  add_sync_command(app, ctx);
  add_monitor_command(app, ctx);
  add_merge_driver_command(app, ctx);
  add_completion_command(app, ctx);
  add_help_command(app, ctx);
}

// The first word that is not a global option: the subcommand the user meant.
std::optional<std::string> command_word(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--dir") {
      ++i;
      continue;
    }
    if (a.starts_with("-")) return std::nullopt;
    return a;
  }
  return std::nullopt;
}

// "did you mean" for a mistyped subcommand, as ninja does.
void check_command_word(const CLI::App& app, const std::vector<std::string>& args) {
  auto word = command_word(args);
  if (!word) return;
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  if (std::find(names.begin(), names.end(), *word) != names.end()) return;
  std::string best;
  int best_distance = 3;
  for (const auto& name : names) {
    int d = edit_distance(fold(*word), name);
    if (d < best_distance || (name.starts_with(*word) && !word->empty() && best.empty())) {
      best_distance = std::min(d, best_distance);
      best = name;
    }
  }
  if (best.empty()) throw UsageError(fmt::format("unknown command \"{}\" (see `rel --help`)", *word));
  throw UsageError(fmt::format("unknown command \"{}\"; did you mean \"{}\"?", *word, best));
}

// CLI11 reads an argument that starts with "[" and ends with "]" as a list "[a,b]" for
// any option taking several values, so the note "[draft] a, b [x]" would lose its
// brackets and commas. rel's words are text: an argument ending in "]" (or in the mark)
// gets one mark appended on the way in, which every option takes off again.
constexpr char verbatim_mark = '\x1f';  // ASCII unit separator: no one types it

// CLI11 also reads every "--word" as an option, but a date without a year is written "--MM-DD"
// (ISO 8601, vCard) and the man page tells users to type it: `rel set zoe dates.anniversary --06-14`.
// No option of rel starts with a digit, so such an argument (or one starting with the mark) gets a
// mark in front, which makes it a word to CLI11, and which every option takes off again.
constexpr char leading_mark = '\x1e';  // ASCII record separator

bool dashes_then_digit(std::string_view arg) {
  return arg.size() > 2 && arg.starts_with("--") && arg[2] >= '0' && arg[2] <= '9';
}

std::vector<std::string> mark_verbatim(std::vector<std::string> args) {
  // `rel git ARGS...` hands its arguments to git untouched.
  if (command_word(args) == "git") return args;
  for (auto& arg : args) {
    if (!arg.empty() && (arg.back() == ']' || arg.back() == verbatim_mark)) arg.push_back(verbatim_mark);
    if (dashes_then_digit(arg) || (!arg.empty() && arg.front() == leading_mark)) arg.insert(arg.begin(), leading_mark);
  }
  return args;
}

// Also, a repeatable option takes one value per use (`--tag a --tag b`), never the words
// after it: `rel add --tag client Alice Chen` must not make "Alice" a tag.
void keep_arguments_verbatim(CLI::App& app) {
  for (auto* option : app.get_options()) {
    if (!option->get_positional()) option->allow_extra_args(false);
    option->transform([](std::string value) {
      if (!value.empty() && value.back() == verbatim_mark) value.pop_back();
      if (!value.empty() && value.front() == leading_mark) value.erase(0, 1);
      return value;
    });
  }
  for (auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) keep_arguments_verbatim(*sub);
}

// `rel` alone, or with only --dir, is the morning list, as `task` alone is `task next`.
std::vector<std::string> with_default_command(std::vector<std::string> args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--dir") {
      ++i;
      continue;
    }
    if (!args[i].starts_with("--dir=")) return args;  // a command, or an option such as --help
  }
  args.emplace_back("who-to-call");
  return args;
}

void print_error(std::ostream& err, const Error& e) {
  for (const auto& problem : e.problems()) err << "rel: error: " << problem.describe() << '\n';
}

}  // namespace

int run(const std::vector<std::string>& given, std::ostream& out, std::ostream& err) {
  Context ctx(out, err);
  CLI::App app{"rel: a plain-text journal of the people in your life, and how those relationships are doing.", "rel"};
  app.set_version_flag("--version", std::string("rel ") + REL_VERSION);
  app.add_option("--dir", ctx.dir, "The journal folder (default: $REL_DIR, else $XDG_DATA_HOME/rel)");
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(
      "`rel` alone is `rel who-to-call`, the morning list. Run `rel help COMMAND` (or `rel COMMAND --help`)\n"
      "for a command's options, `man rel` for everything.");
  const auto args = with_default_command(given);
  try {
    ctx.today = today_from_environment();
    register_commands(app, ctx);
    keep_arguments_verbatim(app);
    check_command_word(app, args);
    auto marked = mark_verbatim(args);
    std::vector<std::string> reversed(marked.rbegin(), marked.rend());
    app.parse(reversed);
    ctx.out.flush();
    return ctx.exit_status;
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" in CLI11; real usage errors exit 2, not CLI11's 100+.
    if (e.get_exit_code() == 0) {
      app.exit(e, out, err);
      return 0;
    }
    err << "rel: error: " << e.what() << '\n';
    err << "Run `rel --help` for usage.\n";
    return 2;
  } catch (const Error& e) {
    out.flush();
    print_error(err, e);
    return static_cast<int>(e.kind());
  } catch (const std::exception& e) {
    out.flush();
    err << "rel: error: " << e.what() << '\n';
    return 1;
  }
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return run(args, std::cout, std::cerr);
}

}  // namespace rel::cli
