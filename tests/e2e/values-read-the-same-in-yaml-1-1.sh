# Text rel writes is quoted where a YAML 1.1 reader (PyYAML) would take it for something else: yes/no/on/off/y/n
# in any case, numbers (leading zeros, octal, hex, sexagesimal), timestamps, ~ and null. Dates rel writes as
# dates stay plain. PyYAML, when there is one, reads every text value back as the text given.
source "$(dirname "$0")/lib.sh"

write_contact kim <<'EOF2'
name: Kim Lee
EOF2
run_rel 0 set kim details.answer yes
run_rel 0 set kim details.door 0777
run_rel 0 set kim phone 0612345678
run_rel 0 set kim details.hex 0x1F
run_rel 0 set kim details.time 1:30
run_rel 0 set kim details.first 2026-01-01
run_rel 0 set kim details.nothing '~'
run_rel 0 set kim details.country NO
run_rel 0 set kim tags "on,ski"
run_rel 0 set kim dates.wedding 2012-06-30
run_rel 0 set kim since 2019-05-02
run_rel 0 log kim Off --date 2026-11-20
expect_eq "$(cat "$REL_DIR/kim.yaml")" 'name: Kim Lee
details:
  answer: "yes"
  door: "0777"
  hex: "0x1F"
  time: "1:30"
  first: "2026-01-01"
  nothing: "~"
  country: "NO"
phone: "0612345678"
tags: ["on", ski]
dates:
  wedding: 2012-06-30
since: 2019-05-02
log:
  - date: 2026-11-20
    via: other
    by: me
    note: "Off"' "the file"
run_rel 0 check

if /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
  got=$(/usr/bin/python3 -c '
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
print(repr(d["details"]), repr(d["phone"]), repr(d["tags"]), repr(d["log"][0]["note"]))
print(type(d["dates"]["wedding"]).__name__, type(d["since"]).__name__, type(d["log"][0]["date"]).__name__)' "$REL_DIR/kim.yaml")
  expect_eq "$got" "{'answer': 'yes', 'door': '0777', 'hex': '0x1F', 'time': '1:30', 'first': '2026-01-01', 'nothing': '~', 'country': 'NO'} '0612345678' ['on', 'ski'] 'Off'
date date date" "PyYAML reads the text as text, the dates as dates"
fi
