# The journal is --dir, else $REL_DIR, else $XDG_DATA_HOME/rel, else ~/.local/share/rel.
source "$(dirname "$0")/lib.sh"

for d in flag env xdg home; do mkdir -p "$T/$d"; done
mkdir -p "$T/data/rel" "$HOME/.local/share/rel"
echo "name: Flag" >"$T/flag/flag.yaml"
echo "name: Env" >"$T/env/env.yaml"
echo "name: Xdg" >"$T/data/rel/xdg.yaml"
echo "name: Home" >"$HOME/.local/share/rel/home.yaml"

export REL_DIR="$T/env"
run_rel 0 --dir "$T/flag" list --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2)" "flag" "--dir wins"
run_rel 0 list --dir "$T/flag" --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2)" "flag" "--dir after the command"
run_rel 0 list --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2)" "env" "REL_DIR"
unset REL_DIR
run_rel 0 list --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2)" "xdg" "XDG_DATA_HOME"
unset XDG_DATA_HOME
run_rel 0 list --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2)" "home" "HOME fallback"
