# CSV as address books export it lands as it would from a vCard: Google Contacts (" ::: " values,
# labelled events), Outlook (byte order mark, every field quoted, M/D/YYYY, 0/0/00 for none, CRLF and
# a quoted line break), LinkedIn (its notes before the header, Connected On as since) and a
# semicolon-separated spreadsheet; the kind of each file told from its bytes.
source "$(dirname "$0")/lib.sh"
cd "$T"

printf '%s\n' \
  'First Name,Last Name,Nickname,Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Event 1 - Label,Event 1 - Value' \
  'Marta,Kowalska,Martusia,Northwind,CFO,--07-09,"Two kids.
Loves opera.",* myContacts ::: Clients,* Home,marta@home.example ::: marta@northwind.example,Mobile,+48 601 234 567,Anniversary,2015-08-22' \
  >google.csv
{ printf '\xEF\xBB\xBF' && printf '%s\r\n' \
  '"First Name","Last Name","E-mail Address","Mobile Phone","Company","Job Title","Birthday","Anniversary","Notes"' \
  '"Tom","Becker","tom@becker.example","+49 171 5550123","Becker & Co","Owner","11/3/1979","0/0/00","Met at ""Kaffee Klatsch"""'; } >outlook.csv
printf '%s\n' 'Notes:' '"Some email addresses may be missing, as your connections chose."' '' \
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On' \
  'Priya,Nair,https://www.linkedin.com/in/priyanair,priya@nair.example,"Acme, Inc.",VP Sales,05 Feb 2021' \
  >Connections.csv
printf '%s\n' 'Name;Email;Phone;Birthday;Notes' 'Lucas Moreau;lucas@moreau.example;+33 6 12 34 56 78;1990-12-01;"likes; wine"' \
  >spreadsheet.csv

run_rel 0 import google.csv outlook.csv Connections.csv spreadsheet.csv
expect_eq "$OUT" "new marta-kowalska (Marta Kowalska)
new tom-becker (Tom Becker)
new priya-nair (Priya Nair)
new lucas-moreau (Lucas Moreau)
4 new, 0 updated, 0 unchanged" "every flavour read"
expect_eq "$ERR" "" "no warnings"

diff - "$REL_DIR/marta-kowalska.yaml" <<'EOF2' || fail "the Google card"
name: Marta Kowalska
aka: [Martusia]
tags: [Clients]
email: [marta@home.example, marta@northwind.example]
phone: +48 601 234 567
org: Northwind
title: CFO
status: dormant
dates:
  birthday: --07-09
  anniversary: 2015-08-22
details:
  note: |-
    Two kids.
    Loves opera.
EOF2
diff - "$REL_DIR/tom-becker.yaml" <<'EOF2' || fail "the Outlook card"
name: Tom Becker
email: tom@becker.example
phone: +49 171 5550123
org: Becker & Co
title: Owner
status: dormant
dates:
  birthday: 1979-11-03
details:
  note: Met at "Kaffee Klatsch"
EOF2
run_rel 0 show priya --json
expect_eq "$(jq -r '.since, .org, .title, .email, .details.url' <<<"$OUT")" \
  $'2021-02-05\nAcme, Inc.\nVP Sales\npriya@nair.example\nhttps://www.linkedin.com/in/priyanair' "the LinkedIn card"
run_rel 0 show lucas --json
expect_eq "$(jq -r '.phone, .dates[0].date, .details.note' <<<"$OUT")" $'+33 6 12 34 56 78\n1990-12-01\nlikes; wine' \
  "the semicolon-separated card"

# Again: nothing new.
run_rel 0 import google.csv outlook.csv Connections.csv spreadsheet.csv
expect_eq "$OUT" "0 new, 0 updated, 4 unchanged" "a second run changes nothing"
