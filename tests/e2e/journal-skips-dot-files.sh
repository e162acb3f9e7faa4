# Dot-files, dot-folders and non-YAML files are never contacts; sub-folders are.
source "$(dirname "$0")/lib.sh"

mkdir -p "$REL_DIR/.git" "$REL_DIR/family" "$REL_DIR/.cache"
echo "name: Mom" >"$REL_DIR/family/mom.yaml"
echo "name: Hidden" >"$REL_DIR/.hidden.yaml"
echo "name: InGit" >"$REL_DIR/.git/x.yaml"
echo "name: Cached" >"$REL_DIR/.cache/y.yaml"
echo "name: Text" >"$REL_DIR/notes.txt"
echo "cadence: {default: 20d}" >"$REL_DIR/.rel.yaml"
run_rel 0 list --format tsv
expect_eq "$(cut -f1,2 <<<"$OUT")" $'id\tname\nfamily/mom\tMom' "only family/mom"
run_rel 0 list --json
expect_eq "$(jq -c '[.[] | [.id, .cadence_days]]' <<<"$OUT")" '[["family/mom",20]]' "settings cadence applies"
