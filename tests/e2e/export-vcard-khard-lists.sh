# khard, a vCard address book for the console, lists the cards `rel export --format vcard` writes,
# one file per card in a folder of its own (a vdir), as CardDAV sync tools keep them.
source "$(dirname "$0")/lib.sh"
command -v khard >/dev/null || { echo "SKIP: khard is not installed"; exit 77; }
source "$(dirname "$0")/fixtures/journal-to-export.sh"

mkdir -p "$T/book" "$T/config"
rel export --format vcard >"$T/all.vcf"
# One card per file, named as vdirsyncer would.
awk -v dir="$T/book" '/^BEGIN:VCARD/ { n++; file = sprintf("%s/%02d.vcf", dir, n) } { print > file }' "$T/all.vcf"
expect_eq "$(ls "$T/book" | wc -l)" "4" "four cards"
cat >"$T/config/khard.conf" <<EOF2
[addressbooks]
[[rel]]
path = $T/book
[general]
default_action = list
editor = true
merge_editor = true
[contact table]
display = formatted_name
show_uids = no
EOF2

listed=$(khard -c "$T/config/khard.conf" list 2>"$T/err") || fail "khard failed: $(cat "$T/err")"
expect_eq "$(cat "$T/err")" "" "khard did not complain"
for name in "Alice Chen" "Jürgen Müller" "渡辺健二" "Grandpa Joe"; do
  expect_contains "$listed" "$name" "khard lists $name"
done
expect_contains "$(khard -c "$T/config/khard.conf" email --parsable alice 2>/dev/null)" "ali@home.example" \
  "khard finds her second email"
expect_contains "$(khard -c "$T/config/khard.conf" birthdays --parsable 2>/dev/null)" "Jürgen Müller" \
  "khard reads a birthday without a year"
