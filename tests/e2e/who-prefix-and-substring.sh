# WHO can be a unique prefix or substring of a name, an aka or an id, ignoring case and accents.
source "$(dirname "$0")/lib.sh"

source "$(dirname "$0")/fixtures/overlapping-names.sh"

shows zo zoe-obrien
shows ZOË zoe-obrien
shows "o'b" zoe-obrien
shows brien zoe-obrien
shows smi alex-smith
shows MITH alex-smith
shows marg family/mom
shows garet family/mom
shows alice-chen work/alice-chen
