# tests/integration/t_plan.sh: the seed tables of tests/unit/check_plan.c,
# so that the demo plans (sql/demo/plan.sql) are held against the same
# verdicts and scores as the unit test, from one source.
# Prints the seed tables of tests/unit/check_plan.c as lines:
#   goal PLANYEAR NUMBER W0 W1 W2 RYG
#   score PLANYEAR COL MET NOT OPEN PRELIM
#   day PLANYEAR DAY
# (the plan of g000 is 2024, of g001 2022: the seedplan rows say so).
function st(s) { return s == "MET" ? "met" : s == "NOT" ? "not_met" : "na" }
/^static const struct seedgoal g[0-9]+\[\]/ { tab = $5; sub(/\[\].*/, "", tab); buf = ""; ingoal = 1; next }
ingoal && /^};/ { goals[tab] = buf; ingoal = 0; next }
ingoal { buf = buf " " $0; next }
/^static const struct seedplan plans\[\]/ { inplan = 1; pbuf = ""; next }
inplan && /^};/ { inplan = 0; next }
inplan { pbuf = pbuf " " $0 }
END {
	n = split(pbuf, rows, /\}[ \t]*\}[ \t]*\}[ \t]*,/)
	for (i = 1; i <= n; i++) {
		r = rows[i]
		if (r !~ /"/) continue
		gsub(/"[^"]*Resultatplan[^"]*"/, "", r)
		gsub(/[{}]/, " ", r)
		gsub(/,/, " ", r)
		m = split(r, f, /[ \t]+/)
		k = 0
		for (j = 1; j <= m; j++) if (f[j] != "") t[++k] = f[j]
		# t: year year0 goals gNNN NELEM(gNNN) "day" then 12 numbers
		year = t[1]; tabname = t[4]; day = t[6]; gsub(/"/, "", day)
		print "day", year, day
		for (c = 0; c < 3; c++)
			print "score", year, c, t[7 + 4*c], t[8 + 4*c], t[9 + 4*c], t[10 + 4*c]
		g = goals[tabname]
		ng = split(g, ents, /GOAL\(/)
		for (e = 2; e <= ng; e++) {
			x = ents[e]
			id = x; sub(/^"/, "", id); sub(/".*/, "", id)
			sub(/^"[^"]*",[ \t]*"[^"]*",/, "", x)
			gsub(/[(),]/, " ", x)
			q = split(x, w, /[ \t]+/)
			k = 0
			for (j = 1; j <= q; j++) if (w[j] != "") v[++k] = w[j]
			# v: rule subs w0 w1 w2 pre ryg
			print "goal", year, id, st(v[3]), st(v[4]), st(v[5]), tolower(substr(v[7], 6))
		}
	}
}
