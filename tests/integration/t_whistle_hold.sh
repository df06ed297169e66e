# Held mailbox answers do not pin the whistle program's workers: 50 wrong
# codes and some right ones at once, and meanwhile the report form (GET
# and a report sent) is answered before the first mailbox answer comes.
# Every mailbox answer has the same status and size, right code or
# wrong, and none begins before the held time (1.5 s).  The program's
# log has no line per request and no time of day.

wh_submit() {	# wh_submit: sets CODE from the receipt
	req GET /whistleblower/
	t=$(csrf) o=$(once_key)
	req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Hold $RANDOM" \
	    -F offer_type=voksen -F relation=ansat -F "description=Holdt svar $RANDOM" \
	    -F anonymity=anonymous "$@"
	CODE=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
}
wh_submit
expect "a report for the right code ($STATUS)" [ ${#CODE} = 16 ]
RIGHT=$CODE

# The database's own limit on wrong codes would answer 429 to some: out of
# the way here (t_whistle.sh tests it).
sql "UPDATE setting SET value = '100000' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null

# The report's form first, so that during the attempts the report is one
# request.
req GET /whistleblower/
FTOK=$(csrf) FONCE=$(once_key)
req GET /whistleblower/mailbox
MBTOK=$(csrf)
HD=$TMP/hold
rm -rf "$HD"; mkdir -p "$HD"
NWRONG=50 NRIGHT=5
wh_try() {	# wh_try N CODE: one mailbox attempt, its figures in $HD/N
	curl -s -o "$HD/$1.body" --max-time 90 \
	    -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}\n' \
	    --data-urlencode "csrf=$MBTOK" --data-urlencode "code=$2" \
	    "$BASE/whistleblower/mailbox" > "$HD/$1.w" 2>/dev/null
	date +%s%N > "$HD/$1.end"
}
t0=$(date +%s%N)
pids=()
for i in $(seq 1 $NWRONG); do
	wh_try "w$i" "$(printf '9%015d' "$i")" & pids+=($!)
	if [ $((i % 10)) = 0 ]; then
		wh_try "r$((i / 10))" "$RIGHT" & pids+=($!)
	fi
done
# While they are being worked on and held: the form, and a report.
sleep 0.3
req GET /whistleblower/
get_status=$STATUS get_end=$(date +%s%N)
req POST /whistleblower/ -F "csrf=$FTOK" -F "once=$FONCE" -F "subject=Under belastning" \
    -F offer_type=voksen -F relation=ansat -F "description=Sendt mens postkassen arbejder" \
    -F anonymity=anonymous
post_status=$STATUS post_end=$(date +%s%N)
grep -q 'id="receipt"' "$BODY" && post_receipt=1 || post_receipt=0
wait "${pids[@]}"

first=$(cat "$HD"/*.end | sort -n | head -n 1)
expect "the form is answered during 55 mailbox attempts ($get_status)" [ "$get_status" = 200 ]
expect "before the first mailbox answer arrives ($(( (first - get_end) / 1000000 )) ms before it)" \
    [ "$get_end" -lt "$first" ]
expect "a report sent meanwhile gets its receipt ($post_status)" [ "$post_status" = 200 -a "$post_receipt" = 1 ]
expect "also before the first mailbox answer ($(( (first - post_end) / 1000000 )) ms before it)" \
    [ "$post_end" -lt "$first" ]

# Status and size: one value for all, right and wrong.
kinds=$(cat "$HD"/*.w | awk '{ print $1, $2 }' | sort -u)
n=$(ls "$HD"/*.w | wc -l)
expect "every attempt was answered ($n of $((NWRONG + NRIGHT)))" [ "$n" = $((NWRONG + NRIGHT)) ]
expect "right and wrong codes: one status and one size for all ($(echo $kinds))" \
    [ "$(echo "$kinds" | wc -l)" = 1 ]
expect "that status is 200" [ "${kinds%% *}" = 200 ]
r_kind=$(cat "$HD"/r*.w | awk '{ print $1, $2 }' | sort -u)
w_kind=$(cat "$HD"/w*.w | awk '{ print $1, $2 }' | sort -u)
expect "the right code's answers and the wrong ones' alike ($r_kind / $w_kind)" [ "$r_kind" = "$w_kind" ]
n=$(grep -l 'Koden blev ikke fundet' "$HD"/w*.body | wc -l)
expect "the wrong codes were told so ($n)" [ "$n" = "$NWRONG" ]
n=$(grep -l 'Holdt svar' "$HD"/r*.body | wc -l)
expect "the right code opened the mailbox each time ($n)" [ "$n" = "$NRIGHT" ]
# Time: not one byte before the hold, whatever the code.
early=$(cat "$HD"/*.w | awk '$3 < 1.45' | wc -l)
expect "no answer's first byte came before 1.5 s ($early early)" [ "$early" = 0 ]
last=$(cat "$HD"/*.end | sort -n | tail -n 1)
echo "# all 55 answered after $(( (last - t0) / 1000000 )) ms (the Argon2 work of the mailbox workers at nice ${FRIST_MAILBOX_NICE:-5})"

# Not one worker per hold.  With every attempt refused by the database's
# limit (no Argon2 to wait for), 50 at once are all held together: 50
# holds of 1.5 s in turn on the 2 workers would take 37.5 s.
sql "UPDATE setting SET value = '0' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
rm -f "$HD"/*
t0=$(date +%s%N)
pids=()
for i in $(seq 1 50); do
	if [ $((i % 10)) = 0 ]; then c=$RIGHT; k=r; else c=$(printf '9%015d' "$i"); k=w; fi
	wh_try "$k$i" "$c" & pids+=($!)
done
wait "${pids[@]}"
last=$(cat "$HD"/*.end | sort -n | tail -n 1)
ms=$(( (last - t0) / 1000000 ))
kinds=$(cat "$HD"/*.w | awk '{ print $1, $2 }' | sort -u)
expect "50 refused attempts: one status and size, right code or wrong ($(echo $kinds))" \
    [ "$(echo "$kinds" | wc -l)" = 1 -a "${kinds%% *}" = 429 ]
early=$(cat "$HD"/*.w | awk '$3 < 1.45' | wc -l)
expect "each held 1.5 s all the same ($early early)" [ "$early" = 0 ]
expect "and all held at once, not in turn: done after $ms ms (in turn: 37500)" [ "$ms" -lt 15000 ]

sql "UPDATE setting SET value = '60' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null

# The mailbox has workers of its own, at a lower priority; the form's
# keep theirs.
sup=$(cat "$FRIST_VAR/run/whistle.pid")
nices=$(for w in $(pgrep -P "$sup"); do awk '{ print $19 }' "/proc/$w/stat"; done | sort -n | uniq -c | awk '{ print $1 "x" $2 }' | tr '\n' ' ')
expect "whistle workers: the form's at nice 0, the mailbox's at ${FRIST_MAILBOX_NICE:-5} ($nices)" \
    [ "$nices" = "${FRIST_WORKERS:-2}x0 ${FRIST_MAILBOX_WORKERS:-${FRIST_WORKERS:-2}}x${FRIST_MAILBOX_NICE:-5} " ]
expect "the mailbox's socket is there" [ -S "$FRIST_VAR/run/whistle/mailbox.sock" ]

# The program's log: no line per request, and no time of day at all.
n=$(grep -cE '[0-9]{2}:[0-9]{2}:[0-9]{2}' "$FRIST_VAR/log/whistle.log")
expect "the whistle log has no time of day ($n lines with one)" [ "$n" = 0 ]
n=$(grep -ciE 'whistleblower|mailbox |POST|GET' "$FRIST_VAR/log/whistle.log")
expect "and no line about a request ($n)" [ "$n" = 0 ]
# The counts by status come when a worker ends: end one of the mailbox's.
w=$(for w in $(pgrep -P "$sup"); do [ "$(awk '{ print $19 }' "/proc/$w/stat")" = "${FRIST_MAILBOX_NICE:-5}" ] && echo "$w"; done | head -n 1)
kill "$w"
for _ in $(seq 1 50); do grep -q 'answers by status' "$FRIST_VAR/log/whistle.log" && break; sleep 0.1; done
expect "a worker that ends logs its counts by status, with the day only" \
    grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2} whistle\[[0-9]+\] info: answers by status since the last count: .*200=[0-9]+' \
    "$FRIST_VAR/log/whistle.log"
# Its replacement serves (give the supervisor a moment).
for _ in $(seq 1 30); do [ "$(pgrep -P "$sup" | wc -l)" -ge 4 ] && break; sleep 0.1; done
req GET /whistleblower/mailbox
expect_status 200 "the mailbox's workers are replaced"
