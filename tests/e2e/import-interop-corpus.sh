# Every real address-book file of the shared interop corpus (../shared/interop-corpus, kept outside
# the project for its licences) imports into an empty journal with the names, emails and birthdays a
# person sees in their address book, a second run changes nothing, and each malformed file is refused
# or read around, leaving a journal `rel check` passes. Skipped, saying so, without the corpus.
source "$(dirname "$0")/lib.sh"

corpus=${REL_INTEROP_CORPUS:-}
for candidate in "$REL_SOURCE_DIR/../shared/interop-corpus" "$REL_SOURCE_DIR/../../shared/interop-corpus"; do
  [[ -z $corpus && -d $candidate ]] && corpus=$candidate
done
if [[ -z $corpus || ! -d $corpus ]]; then
  echo "SKIP: no interop corpus beside the project (../shared/interop-corpus); set REL_INTEROP_CORPUS"
  exit 77
fi
corpus=$(realpath "$corpus")

# fresh: an empty journal of its own for each file.
fresh() {
  rm -rf "$REL_DIR" "$XDG_CACHE_HOME"
  mkdir -p "$REL_DIR"
}
# field ID JQ: a field of a contact as `rel show --json` gives it.
field() { rel show "$1" --json | jq -r "$2"; }

count=0
while IFS= read -r file; do
  name=${file#"$corpus"/}
  fresh
  if [[ $name == bad/* ]]; then
    set +e
    rel import "$file" >"$T/out" 2>"$T/err"
    status=$?
    set -e
    [[ $status == 1 ]] || fail "$name: exit status $status, expected 1"
    grep -q "^rel: error: .*$(basename "$file")" "$T/err" || fail "$name: not named in: $(cat "$T/err")"
    rel check >/dev/null 2>&1 || [[ -z $(ls "$REL_DIR") ]] || fail "$name: left a journal that does not check"
    continue
  fi
  run_rel 0 import "$file"
  [[ $OUT != *"0 new, "* ]] || fail "$name: nobody imported: $OUT"
  run_rel 0 check
  run_rel 0 import "$file"
  grep -q '^0 new, 0 updated, [0-9]* unchanged' <<<"$(tail -n 1 <<<"$OUT")" || fail "$name: a second run changed something: $OUT"
  count=$((count + 1))
  case $name in
    v21-nokia-qp-umlaut.vcf)
      expect_eq "$(field michael-bruning '.name, .email, (.dates[0].date)')" \
        $'Michael Brüning\next-Michael.Bruning@nokia.com\n1978-12-29' "$name" ;;
    v21-outlook2007-qp-note.vcf)
      expect_eq "$(field mr-michael-angstadt-jr '.email, .dates[0].date, .dates[1].label')" \
        $'mike.angstadt@gmail.com\n1922-03-10\nanniversary' "$name"
      expect_contains "$(field mr-michael-angstadt-jr '.details.note')" $'This is the NOTE field\nI assume' "$name note" ;;
    v21-evolution-qp-cjk.vcf)
      expect_eq "$(field 十城目管理大型知座 '.name, .email')" $'十城目管理大型知座\nweird@weird.com' "$name: named in its own letters" ;;
    v30-gmail-single.vcf)
      expect_eq "$(field mr-john-richter-james-doe-sr '.name, .dates[0].date, .details.spouse')" \
        $'Mr. John Richter, James Doe Sr.\n1980-03-22\nJenny' "$name" ;;
    v30-owncloud-utf8-fold.vcf)
      expect_contains "$(rel list --format tsv)" "βγδεαβγδ1βγδεαβγδ1" "$name" ;;
    v40-davx5-noyear.vcf)
      expect_eq "$(field vcard-4-test '.dates[0].date')" "--04-16" "$name: no year invented" ;;
    v40-korean.vcf)
      expect_eq "$(field 최유림 '.name')" "최유림" "$name: named in its own letters" ;;
    v40-text-bday.vcf)
      expect_eq "$(field text-birthday '(.dates | length), .details.birthday')" $'0\ncirca 1800' "$name" ;;
    mixed-many-cards.vcf)
      expect_eq "$(field test-user '.emails | join(" ")')" "email1@abc.de email2@abc.de thejoe@abc.com johndoe@abc.com" \
        "$name: four copies of one person are one contact"
      expect_eq "$(find "$REL_DIR" -name 'test-user*.yaml' | wc -l)" "1" "$name: one file for them" ;;
    csv-thunderbird.csv | csv-thunderbird-semicolon.csv)
      expect_eq "$(field john-doe '.email'),$(field jane-doe '.email')" "john@doe.invalid,jane@doe.invalid" "$name" ;;
  esac
done < <(find "$corpus" -type f ! -name README.md | sort)
((count > 20)) || fail "only $count corpus files imported"
echo "imported $count corpus files"
