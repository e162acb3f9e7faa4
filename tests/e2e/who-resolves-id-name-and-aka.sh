# WHO can be a contact's id, its full name or an aka, in any case and with or without accents.
source "$(dirname "$0")/lib.sh"

source "$(dirname "$0")/fixtures/overlapping-names.sh"

shows work/alice-chen work/alice-chen
shows "Alice Chen" work/alice-chen
shows "aLiCe CHEN" work/alice-chen
shows Ali work/alice-chen
shows "dr. chen" work/alice-chen
shows "Zoë O'Brien" zoe-obrien
shows "ZOE O'BRIEN" zoe-obrien
shows Mom family/mom
shows family/mom family/mom
