# .rel.yaml's `log: {via: call}` is what rel log records without --via (someone who mostly phones);
# --via still says otherwise; a channel rel does not know there is a problem at its place.
source "$(dirname "$0")/lib.sh"

run_rel 0 add Zoë Dubois
run_rel 0 log zoe no setting
expect_eq "$OUT" "logged other with Zoë Dubois on 2026-11-23" "other by default"
printf 'log: {via: call}\n' >>"$REL_DIR/.rel.yaml"
run_rel 0 log zoe asked about Berlin
expect_eq "$OUT" "logged call with Zoë Dubois on 2026-11-23" "the journal's default"
run_rel 0 log zoe lunch --via meeting
expect_eq "$OUT" "logged meeting with Zoë Dubois on 2026-11-23" "--via wins"
run_rel 0 show zoe --json
expect_eq "$(jq -c '[.log[].via]' <<<"$OUT")" '["other","call","meeting"]' "as written"

printf 'log: {via: pigeon}\n' >"$REL_DIR/.rel.yaml"
run_rel 1 check
expect_contains "$OUT$ERR" ".rel.yaml:1:12: log.via must be meeting, call, video, message, email, letter, social or other" \
  "a bad channel at its place"
