#!/bin/sh
# Holds tests/security/forms.tsv to the sources: every <form> in templates/
# (template, method, action, as many times as it occurs) has a row, every
# row a form, and every POST route of cgi/*/routes.h is the path of some
# POST row.  Prints what differs; exit 1 if anything does.
set -eu
SRC=${SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
rc=0

# Forms in templates: "template method action", one per <form.
(cd "$SRC/templates" && grep -o '<form[^>]*>' -r --include='*.tpl' . |
    sed -n 's|^\./\([^:]*\):.*method="\([a-z]*\)".*action="\([^"]*\)".*|\1 \2 \3|p; s|^\./\([^:]*\):.*action="\([^"]*\)".*method="\([a-z]*\)".*|\1 \3 \2|p') |
    sort > "$T/tpl"
n=$(grep -c '<form' -r --include='*.tpl' "$SRC/templates" | awk -F: '{s += $2} END {print s}')
if [ "$(wc -l < "$T/tpl")" -ne "$n" ]; then
	echo "forms_check: a <form> without method or action in templates/" >&2
	rc=1
fi
grep -v '^#' "$SRC/tests/security/forms.tsv" | awk -F'\t' 'NF {print $2, $3, $4}' |
    sort > "$T/tab"
if ! diff -u "$T/tab" "$T/tpl" > "$T/diff"; then
	echo "forms_check: forms.tsv (-) and templates/ (+) differ:" >&2
	grep '^[-+][^-+]' "$T/diff" >&2
	rc=1
fi

# POST routes: each must match the path of a POST row (* = one segment).
grep -v '^#' "$SRC/tests/security/forms.tsv" | awk -F'\t' '$3 == "post" {print $5}' | tr '|' '\n' |
    sed 's/{[a-z]*}/X/g' | sort -u > "$T/paths"
for f in "$SRC"/cgi/*/routes.h; do
	sed -n 's/.*R("\([^"]*\)",.*HTTP_POST.*/\1/p' "$f"
done | sort -u > "$T/routes"
while read -r rt; do
	re="^$(printf '%s' "$rt" | sed 's/\*/[^\/]*/g')\$"
	if ! grep -q "$re" "$T/paths"; then
		echo "forms_check: POST route $rt has no row in forms.tsv" >&2
		rc=1
	fi
done < "$T/routes"
exit $rc
