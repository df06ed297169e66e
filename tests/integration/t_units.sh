# The systemd units in etc/systemd/ are hardened: systemd-analyze's
# exposure score (0 = fully confined, 10 = not at all) is at most 2.0 for
# each, and each unit is well-formed.  Prints the figure per unit.

for u in "$SRC"/etc/systemd/*.service; do
	n=${u##*/}
	out=$(systemd-analyze security --offline=true "$u" 2>&1)
	score=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
	echo "# $n: exposure $score"
	if [ -z "$score" ]; then
		fail "$n: no exposure score"; printf '%s\n' "$out" | tail -n 5
	else
		expect "$n: exposure $score <= 2.0" \
		    [ "$(echo "$score <= 2.0" | bc -l)" = 1 ]
	fi
	# verify knows every directive; the binary is only there once installed.
	bad=$(systemd-analyze verify "$u" 2>&1 | grep -v 'is not executable' || true)
	expect "$n: systemd-analyze verify finds nothing else${bad:+: $bad}" [ -z "$bad" ]
done
