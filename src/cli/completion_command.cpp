// `rel completion bash|zsh|fish`: a shell completion script generated from rel's own subcommands and options.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/render.hpp"

namespace rel::cli {
namespace {

// What to offer for an option's value or a positional argument, encoded as one shell word:
// "text" (nothing), "dirs", "files", "contacts", "tags" or "choices:a,b,c".
using ValueKind = std::string;

struct OptionSpec {
  std::vector<std::string> names;  // "-t", "--tag"
  std::string description;
  std::optional<ValueKind> value;  // absent for a flag
};

struct CommandSpec {
  std::string path;  // "" for rel itself, "log", or "import vcard" for nested subcommands
  std::string description;
  std::vector<std::string> subcommands;  // names
  std::vector<std::string> subcommand_descriptions;
  std::vector<OptionSpec> options;
  std::vector<ValueKind> positionals;  // in order; the last ends in "+" when it takes several words
};

bool is_choice_word(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    auto end = text.find(sep, start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

// The fixed set of values an option accepts: a CLI::IsMember check ("TEXT:{a,b}") or, since
// several commands document their choices as "a|b|c" at the end of the help text, that.
std::vector<std::string> choices_of(const CLI::Option& opt) {
  auto type = opt.get_type_name();
  auto open = type.find('{');
  auto close = type.find('}', open == std::string::npos ? 0 : open);
  std::vector<std::string> words;
  if (open != std::string::npos && close != std::string::npos) {
    words = split(std::string_view(type).substr(open + 1, close - open - 1), ',');
  } else {
    auto description = opt.get_description();
    auto last =
        description.substr(description.find_last_of(' ') == std::string::npos ? 0 : description.find_last_of(' ') + 1);
    if (last.find('|') != std::string::npos) words = split(last, '|');
  }
  for (const auto& w : words)
    if (!is_choice_word(w)) return {};
  return words;
}

// Names of arguments and options decide how their values complete; rel uses the same names everywhere.
ValueKind value_kind(const CLI::Option& opt) {
  if (opt.get_positional()) {
    auto name = opt.get_name(true, false);
    if (name == "who" || name == "from" || name == "into") return "contacts";
    if (name == "dir") return "dirs";
    if (name == "file") return "files";
    if (name == "tag") return "tags";
  } else {
    // By its long name: get_name() gives every name of an option ("-t,--tag"), never one to compare.
    if (opt.check_lname("dir")) return "dirs";
    if (opt.check_lname("tag")) return "tags";
    if (opt.check_lname("output")) return "files";
  }
  auto choices = choices_of(opt);
  if (!choices.empty()) return "choices:" + join(choices, ",");
  return "text";
}

void describe(const CLI::App& app, const std::string& path, std::vector<CommandSpec>& out) {
  CommandSpec spec;
  spec.path = path;
  spec.description = app.get_description();
  auto visible = [](const CLI::App* sub) { return !sub->get_name().empty() && !sub->get_group().empty(); };
  auto subs = app.get_subcommands(visible);
  for (const auto* sub : subs) {
    spec.subcommands.push_back(sub->get_name());
    spec.subcommand_descriptions.push_back(sub->get_description());
  }
  for (const auto* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    if (opt->get_positional() && !opt->nonpositional()) {
      auto kind = value_kind(*opt);
      if (opt->get_items_expected_max() > 1) kind += "+";
      spec.positionals.push_back(kind);
      continue;
    }
    OptionSpec o;
    for (const auto& s : opt->get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt->get_lnames()) o.names.push_back("--" + l);
    o.description = opt->get_description();
    // A flag (--all, --git, -h: expected(0)) takes no value, whatever the size of the type it sets, so the
    // word after it is completed for itself.
    if (opt->get_type_size_max() > 0 && opt->get_expected_max() > 0) o.value = value_kind(*opt);
    spec.options.push_back(std::move(o));
  }
  out.push_back(std::move(spec));
  for (const auto* sub : subs) describe(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> option_words(const CommandSpec& spec) {
  std::vector<std::string> words;
  for (const auto& o : spec.options) words.insert(words.end(), o.names.begin(), o.names.end());
  return words;
}

// The tables both bash and zsh read: plain `case` functions, valid in either shell.
std::string posix_tables(const std::vector<CommandSpec>& specs) {
  std::string s =
      "# Subcommands of a command path (\"\" is rel itself, nested ones are \"import vcard\").\n"
      "_rel_subcommands() {\n  case $1 in\n";
  for (const auto& c : specs)
    if (!c.subcommands.empty())
      s += fmt::format("    {}) echo {} ;;\n", single_quoted(c.path), single_quoted(join(c.subcommands, " ")));
  s += "  esac\n}\n\n# Options of a command path.\n_rel_options() {\n  case $1 in\n";
  for (const auto& c : specs)
    s += fmt::format("    {}) echo {} ;;\n", single_quoted(c.path), single_quoted(join(option_words(c), " ")));
  s += "  esac\n}\n\n"
       "# How the value of option $2 of command path $1 completes; fails for a flag.\n"
       "_rel_option_value() {\n"
       "  case $2 in --dir) echo dirs; return 0 ;; esac  # global: accepted after any subcommand too\n"
       "  case \"$1 $2\" in\n";
  for (const auto& c : specs)
    for (const auto& o : c.options) {
      if (!o.value) continue;
      std::vector<std::string> keys;
      for (const auto& n : o.names) keys.push_back(single_quoted(c.path + " " + n));
      s += fmt::format("    {}) echo {} ;;\n", join(keys, "|"), single_quoted(*o.value));
    }
  s += "    *) return 1 ;;\n  esac\n}\n\n"
       "# How the positional arguments of a command path complete, in order (\"+\": several words).\n"
       "_rel_positionals() {\n  case $1 in\n";
  for (const auto& c : specs)
    if (!c.positionals.empty())
      s += fmt::format("    {}) echo {} ;;\n", single_quoted(c.path), single_quoted(join(c.positionals, " ")));
  s += "  esac\n}\n\n";
  return s;
}

// Contact ids and tags come from the journal at completion time, through rel itself.
constexpr const char* shell_journal_queries =
    R"sh(# Contact ids, from `rel list --format tsv` (first column) in the journal of --dir if given.
_rel_ids() {
  "$_rel_bin" "${_rel_dir[@]}" list --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

# Tags in use, from the "tags" column of the same listing.
_rel_tags() {
  "$_rel_bin" "${_rel_dir[@]}" list --format tsv 2>/dev/null |
    awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tags") c = i; next }
                c { n = split($c, t, ","); for (j = 1; j <= n; j++) if (t[j] != "") print t[j] }' | sort -u
}

)sh";

constexpr const char* bash_main =
    R"sh(# Walks the words before the cursor: the command path, --dir, how many positionals,
# and whether the word being completed is an option's value.
_rel() {
  local cur=${COMP_WORDS[COMP_CWORD]} end=$COMP_CWORD value_of='' path='' w kind i npos=0
  local _rel_bin=${COMP_WORDS[0]/#\~/$HOME}
  local -a _rel_dir=() args=()
  COMPREPLY=()
  # bash splits "--opt=value" into "--opt" "=" "value" (COMP_WORDBREAKS); put them back together.
  if [[ $cur == = ]]; then
    cur='' value_of=${COMP_WORDS[COMP_CWORD-1]} end=$((COMP_CWORD - 1))
  elif ((COMP_CWORD >= 2)) && [[ ${COMP_WORDS[COMP_CWORD-1]} == = ]]; then
    value_of=${COMP_WORDS[COMP_CWORD-2]} end=$((COMP_CWORD - 2))
  fi
  for ((i = 1; i < end; i++)); do
    if ((i + 2 < end)) && [[ ${COMP_WORDS[i+1]} == = ]]; then
      args+=("${COMP_WORDS[i]}=${COMP_WORDS[i+2]}")
      i=$((i + 2))
    else
      args+=("${COMP_WORDS[i]}")
    fi
  done
  for ((i = 0; i < ${#args[@]}; i++)); do
    w=${args[i]}
    case $w in
      --dir=*) _rel_dir=(--dir "${w#--dir=}") ;;
      --dir)
        if ((i + 1 < ${#args[@]})); then _rel_dir=(--dir "${args[i+1]}"); i=$((i + 1)); else value_of=$w; fi ;;
      -*=*) ;;
      -*)
        if _rel_option_value "$path" "$w" >/dev/null; then
          if ((i + 1 < ${#args[@]})); then i=$((i + 1)); else value_of=$w; fi
        fi ;;
      *)
        if ((npos == 0)) && [[ " $(_rel_subcommands "$path") " == *" $w "* ]]; then
          path=${path:+$path }$w
        else
          npos=$((npos + 1))
        fi ;;
    esac
  done
  if [[ ${_rel_dir[1]-} == \~* ]]; then _rel_dir[1]=$HOME${_rel_dir[1]#\~}; fi
  if [[ -n $value_of ]]; then
    kind=$(_rel_option_value "$path" "$value_of") || kind=text
    _rel_complete_kind "$kind"
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_rel_options "$path")" -- "$cur"))
    return 0
  fi
  local -a kinds=($(_rel_positionals "$path"))
  kind=text
  if ((npos < ${#kinds[@]})); then
    kind=${kinds[npos]}
  elif ((${#kinds[@]})) && [[ ${kinds[-1]} == *+ ]]; then
    kind=${kinds[-1]}
  fi
  if ((npos == 0)); then COMPREPLY=($(compgen -W "$(_rel_subcommands "$path")" -- "$cur")); fi
  _rel_complete_kind "${kind%+}"
  return 0
}

# Adds the candidates of one kind of value for the word $cur to COMPREPLY.
_rel_complete_kind() {
  local IFS=$'\n' prefix=''
  case $1 in
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- "$cur")) ;;
    files) compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -f -- "$cur")) ;;
    contacts)
      # `rel log alice,b<TAB>`: several contacts, comma-separated, each completes.
      if [[ $cur == *,* ]]; then prefix=${cur%,*},; fi
      COMPREPLY+=($(compgen -P "$prefix" -W "$(_rel_ids)" -- "${cur##*,}")) ;;
    tags) COMPREPLY+=($(compgen -W "$(_rel_tags)" -- "$cur")) ;;
    choices:*) COMPREPLY+=($(compgen -W "$(tr , '\n' <<<"${1#choices:}")" -- "$cur")) ;;
  esac
}

complete -F _rel rel
)sh";

std::string bash_script(const std::vector<CommandSpec>& specs) {
  return "# bash completion for rel, generated by `rel completion bash` from rel's own commands.\n"
         "# Load it from ~/.bashrc:  source <(rel completion bash)\n\n" +
         posix_tables(specs) + shell_journal_queries + bash_main;
}

// zsh's _describe wants "name:description" with any other colon escaped.
std::string described(std::string_view name, std::string_view description) {
  std::string out(name);
  out += ':';
  for (char c : description) out += c == ':' ? std::string("\\:") : std::string(1, c);
  return single_quoted(out);
}

constexpr const char* zsh_main = R"sh(_rel() {
  local cur=$PREFIX value_of='' path='' w kind npos=0
  local _rel_bin=${~words[1]}
  local -a _rel_dir args kinds
  args=("${(@)words[2,CURRENT-1]}")
  if [[ $cur == -*=* ]]; then
    value_of=${cur%%=*}
    compset -P '*='
  fi
  while (( $#args )); do
    w=$args[1]
    shift args
    case $w in
      --dir=*) _rel_dir=(--dir "${~w#--dir=}") ;;
      --dir) if (( $#args )); then _rel_dir=(--dir "${~args[1]}"); shift args; else value_of=$w; fi ;;
      -*=*) ;;
      -*)
        if _rel_option_value "$path" "$w" >/dev/null; then
          if (( $#args )); then shift args; else value_of=$w; fi
        fi ;;
      *)
        if (( npos == 0 )) && [[ " $(_rel_subcommands "$path") " == *" $w "* ]]; then
          path=${path:+$path }$w
        else
          (( npos++ ))
        fi ;;
    esac
  done
  if [[ -n $value_of ]]; then
    kind=$(_rel_option_value "$path" "$value_of") || kind=text
    _rel_complete_kind "$kind"
    return
  fi
  if [[ $PREFIX == -* ]]; then
    local -a described
    described=("${(@f)$(_rel_option_descriptions "$path")}")
    _describe -t options 'option' described
    return
  fi
  kinds=(${=$(_rel_positionals "$path")})
  kind=text
  if (( npos < $#kinds )); then
    kind=$kinds[npos+1]
  elif (( $#kinds )) && [[ $kinds[-1] == *+ ]]; then
    kind=$kinds[-1]
  fi
  if (( npos == 0 )) && [[ -n $(_rel_subcommands "$path") ]]; then
    local -a described
    described=("${(@f)$(_rel_subcommand_descriptions "$path")}")
    _describe -t commands 'rel command' described
  fi
  _rel_complete_kind "${kind%+}"
}

_rel_complete_kind() {
  case $1 in
    dirs) _files -/ ;;
    files) _files ;;
    contacts)
      compset -P '*,'  # `rel log alice,b<TAB>`: several contacts, comma-separated
      local -a ids
      ids=("${(@f)$(_rel_ids)}")
      compadd -a ids ;;
    tags)
      local -a tags
      tags=("${(@f)$(_rel_tags)}")
      compadd -a tags ;;
    choices:*) compadd -- ${(s:,:)1#choices:} ;;
  esac
}

# Autoloaded from $fpath, complete; sourced, register.
if [[ $funcstack[1] == _rel ]]; then
  _rel "$@"
else
  compdef _rel rel
fi
)sh";

std::string zsh_script(const std::vector<CommandSpec>& specs) {
  std::string s =
      "#compdef rel\n"
      "# zsh completion for rel, generated by `rel completion zsh` from rel's own commands.\n"
      "# Load it from ~/.zshrc after compinit:  source <(rel completion zsh)\n"
      "# or save it as _rel in a folder of $fpath.\n\n" +
      posix_tables(specs);
  s += "_rel_subcommand_descriptions() {\n  case $1 in\n";
  for (const auto& c : specs) {
    if (c.subcommands.empty()) continue;
    std::vector<std::string> items;
    for (size_t i = 0; i < c.subcommands.size(); ++i)
      items.push_back(described(c.subcommands[i], c.subcommand_descriptions[i]));
    s += fmt::format("    {}) printf '%s\\n' {} ;;\n", single_quoted(c.path), join(items, " "));
  }
  s += "  esac\n}\n\n_rel_option_descriptions() {\n  case $1 in\n";
  for (const auto& c : specs) {
    std::vector<std::string> items;
    for (const auto& o : c.options)
      for (const auto& n : o.names) items.push_back(described(n, o.description));
    s += fmt::format("    {}) printf '%s\\n' {} ;;\n", single_quoted(c.path), join(items, " "));
  }
  s += "  esac\n}\n\n";
  return s + shell_journal_queries + zsh_main;
}

constexpr const char* fish_functions =
    R"sh(# Walks the words before the cursor like the bash and zsh scripts: prints the command path,
# the number of positionals, the option whose value is being completed, and --dir.
function __rel_state
    set -l args (commandline -opc)
    set -e args[1]
    set -l path ''
    set -l npos 0
    set -l value_of ''
    set -l dir
    while set -q args[1]
        set -l w $args[1]
        set -e args[1]
        switch $w
            case '--dir=*'
                set dir --dir (string replace -- '--dir=' '' $w)
            case --dir
                if set -q args[1]
                    set dir --dir $args[1]
                    set -e args[1]
                else
                    set value_of $w
                end
            case '-*=*'
            case '-*'
                if __rel_option_value "$path" $w >/dev/null
                    if set -q args[1]
                        set -e args[1]
                    else
                        set value_of $w
                    end
                end
            case '*'
                if test $npos -eq 0; and contains -- $w (__rel_subcommands "$path" | string split ' ')
                    set path (string trim -- "$path $w")
                else
                    set npos (math $npos + 1)
                end
        end
    end
    printf '%s\n' "$path" $npos "$value_of" $dir
end

# True when the command path before the cursor is $argv[1].
function __rel_at
    set -l state (__rel_state)
    test "$state[1]" = "$argv[1]"
end

# How the positional argument under the cursor completes (text, contacts, dirs, files, choices:...).
function __rel_positional_kind
    set -l state (__rel_state)
    if test -n "$state[3]"
        echo text
        return
    end
    set -l kinds (__rel_positionals "$state[1]" | string split ' ')
    set -l n (math $state[2] + 1)
    if test -z "$kinds[1]"
        echo text
    else if test $n -le (count $kinds)
        string replace -r '\+$' '' -- $kinds[$n]
    else if string match -q -- '*+' $kinds[-1]
        string replace -r '\+$' '' -- $kinds[-1]
    else
        echo text
    end
end

function __rel_list_tsv
    set -l state (__rel_state)
    set -l bin (commandline -opc)[1]
    $bin $state[4..-1] list --format tsv 2>/dev/null
end

# Contact ids; after a comma (`rel log alice,b`) each id follows what is already typed.
function __rel_ids
    set -l token (commandline -ct)
    set -l prefix ''
    if string match -q -- '*,*' $token
        set prefix (string replace -r '[^,]*$' '' -- $token)
    end
    __rel_list_tsv | tail -n +2 | cut -f1 | string replace -r -- '^' "$prefix"
end

function __rel_tags
    __rel_list_tsv | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tags") c = i; next }
        c { n = split($c, t, ","); for (j = 1; j <= n; j++) if (t[j] != "") print t[j] }' | sort -u
end

)sh";

// fish's single quotes take two escapes, \' and \\, and nothing else.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_case(const std::string& pattern) {
  // fish `case` patterns are globs; command paths and option names contain no glob characters.
  return fish_quoted(pattern);
}

std::string fish_candidates(const ValueKind& kind) {
  if (kind == "contacts") return "'(__rel_ids)'";
  if (kind == "tags") return "'(__rel_tags)'";
  if (kind == "dirs") return "'(__fish_complete_directories)'";
  if (kind.starts_with("choices:")) return fish_quoted(join(split(kind.substr(8), ','), " "));
  return "";
}

std::string fish_script(const std::vector<CommandSpec>& specs) {
  std::string s =
      "# fish completion for rel, generated by `rel completion fish` from rel's own commands.\n"
      "# Load it:  rel completion fish | source\n"
      "# or save it as ~/.config/fish/completions/rel.fish\n\n";
  s += "function __rel_subcommands\n    switch $argv[1]\n";
  for (const auto& c : specs)
    if (!c.subcommands.empty())
      s += fmt::format("        case {}\n            echo {}\n", fish_case(c.path),
                       fish_quoted(join(c.subcommands, " ")));
  s += "    end\nend\n\n# How the value of option $argv[2] of command path $argv[1] completes; fails for a flag.\n"
       "function __rel_option_value\n    switch \"$argv[1] $argv[2]\"\n        case '* --dir'\n            echo dirs\n";
  for (const auto& c : specs)
    for (const auto& o : c.options) {
      if (!o.value) continue;
      std::vector<std::string> keys;
      for (const auto& n : o.names) keys.push_back(fish_case(c.path + " " + n));
      s += fmt::format("        case {}\n            echo {}\n", join(keys, " "), fish_quoted(*o.value));
    }
  s += "        case '*'\n            return 1\n    end\nend\n\nfunction __rel_positionals\n    switch $argv[1]\n";
  for (const auto& c : specs)
    if (!c.positionals.empty())
      s += fmt::format("        case {}\n            echo {}\n", fish_case(c.path),
                       fish_quoted(join(c.positionals, " ")));
  s += "    end\nend\n\n";
  s += fish_functions;
  s += "complete -c rel -f\n";
  for (const auto& c : specs) {
    auto at = fish_quoted("__rel_at " + fish_quoted(c.path));
    for (size_t i = 0; i < c.subcommands.size(); ++i)
      s += fmt::format("complete -c rel -n {} -a {} -d {}\n", at, fish_quoted(c.subcommands[i]),
                       fish_quoted(c.subcommand_descriptions[i]));
    for (const auto& o : c.options) {
      // --dir is global: offer it everywhere, as rel accepts it after any subcommand.
      bool global = c.path.empty() && o.names.size() == 1 && o.names[0] == "--dir";
      std::string line = global ? "complete -c rel" : fmt::format("complete -c rel -n {}", at);
      for (const auto& n : o.names) line += n.starts_with("--") ? " -l " + n.substr(2) : " -s " + n.substr(1);
      if (o.value) {
        line += " -x";
        auto candidates = fish_candidates(*o.value);
        if (!candidates.empty()) line += " -a " + candidates;
      }
      s += line + " -d " + fish_quoted(o.description) + "\n";
    }
    if (!c.positionals.empty()) {
      auto when = [&](const std::string& kind) {
        return fish_quoted(
            fmt::format("__rel_at {}; and test (__rel_positional_kind) = {}", fish_quoted(c.path), fish_quoted(kind)));
      };
      std::vector<std::string> seen;
      for (auto kind : c.positionals) {
        if (kind.ends_with("+")) kind.pop_back();
        if (std::find(seen.begin(), seen.end(), kind) != seen.end()) continue;
        seen.push_back(kind);
        if (kind == "files")
          s += fmt::format("complete -c rel -n {} -F\n", when(kind));
        else if (auto candidates = fish_candidates(kind); !candidates.empty())
          s += fmt::format("complete -c rel -n {} -a {}\n", when(kind), candidates);
      }
    }
  }
  return s;
}

struct CompletionOptions {
  std::string shell;
};

}  // namespace

void add_completion_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<CompletionOptions>();
  auto* cmd = app.add_subcommand("completion", "Print a shell completion script (completes contact ids too)");
  cmd->add_option("shell", opts->shell, "bash|zsh|fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  // The script is built when it is asked for, from the root app, so it follows every command registered.
  cmd->callback([opts, &ctx, &app] {
    std::vector<CommandSpec> specs;
    describe(app, "", specs);
    if (opts->shell == "bash")
      ctx.out << bash_script(specs);
    else if (opts->shell == "zsh")
      ctx.out << zsh_script(specs);
    else
      ctx.out << fish_script(specs);
  });
}

}  // namespace rel::cli
