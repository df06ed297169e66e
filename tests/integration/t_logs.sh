# No log line holds a client's address, user agent or referrer, and
# nothing records when the whistleblower channel was visited, whatever
# state the programs are in: each of them stopped, crashed (supervisor and
# every worker killed, with requests waiting; workers dying of SIGSEGV
# while serving) and overloaded (workers stopped until the listen queue is
# full).  nginx's errors go through frist-logd, which cuts off what nginx
# appends about the client and only counts the channel's errors; the
# operator still sees every outage.

LG_UA=canary-ua-5d1e
LG_REF=http://canary-ref.example/5d1e
LG_XFF=203.0.113.77
LG=$FRIST_VAR/log

lg_path() {
	case $1 in
	portal) echo /grants/ ;;
	whistle) echo /whistleblower/ ;;
	staff) echo /staff/login ;;
	esac
}
# One request with every canary; sets STATUS.
lg_req() {	# lg_req METHOD PATH
	STATUS=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X "$1" \
	    -A "$LG_UA" -e "$LG_REF" -H "X-Forwarded-For: $LG_XFF" \
	    -H "Forwarded: for=$LG_XFF" "$BASE$2") || STATUS=000
}
# N requests at once, each with every canary.
lg_burst() {	# lg_burst PATH N SECONDS
	curl -s -Z --parallel-immediate --parallel-max "$2" --max-time "$3" -A "$LG_UA" -e "$LG_REF" \
	    -H "X-Forwarded-For: $LG_XFF" "$BASE$1?lg=[1-$2]" > /dev/null 2>&1
}
lg_pids() {	# the supervisor and its workers
	s=$(cat "$FRIST_VAR/run/$1.pid")
	echo "$s $(pgrep -P "$s" | tr '\n' ' ')"
}
lg_gone() {	# waits until none of the pids runs
	for _ in $(seq 1 50); do
		any=0
		for x in "$@"; do
			[ -d "/proc/$x" ] && [ "$(awk '{ print $3 }' "/proc/$x/stat" 2>/dev/null)" != Z ] && any=1
		done
		[ "$any" = 0 ] && return 0
		sleep 0.1
	done
	return 1
}
lg_restart() {
	sh "$SRC/tools/frist-ctl" start > /dev/null 2>&1
	lg_req GET "$(lg_path "$1")"
	expect "$1 serves again ($STATUS)" [ "$STATUS" = 200 ]
}
# The channel's counts are written on SIGUSR1 (and at midnight, at stop).
lg_counts() {
	kill -USR1 "$(cat "$FRIST_VAR/run/logd.pid")"
	sleep 0.5
}

acc0=$(grep -c . "$LG/nginx-access.log")
head -c 1000000 /dev/zero | tr '\0' a > "$TMP/lg-big"
for p in portal whistle staff; do
	path=$(lg_path "$p")

	# Stopped: the socket is gone.
	pids=$(lg_pids "$p")
	kill $pids 2>/dev/null
	lg_gone $pids
	lg_req GET "$path"
	expect "$p stopped: nginx answers 503 ($STATUS)" [ "$STATUS" = 503 ]
	lg_req POST "$path"
	# A large form (a report with files) is told the same, not 413.
	STATUS=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
	    --data-binary @"$TMP/lg-big" -H 'Content-Type: application/x-www-form-urlencoded' \
	    "$BASE$path") || STATUS=000
	expect "$p stopped: a 1 MB form is told 503 too ($STATUS)" [ "$STATUS" = 503 ]
	lg_restart "$p"

	# Crashed: workers die of SIGSEGV while serving, then everything is
	# killed with requests waiting in the queue; the socket stays behind.
	lg_burst "$path" 40 10 &
	bp=$!
	sleep 0.2
	w=$(pgrep -P "$(cat "$FRIST_VAR/run/$p.pid")" | tr '\n' ' ')
	kill -SEGV $w 2>/dev/null
	wait $bp
	pids=$(lg_pids "$p")
	kill -STOP $pids
	lg_burst "$path" 20 10 &
	bp=$!
	sleep 1
	kill -9 $pids
	wait $bp
	lg_gone $pids
	lg_req GET "$path"
	expect "$p crashed: nginx answers 503 ($STATUS)" [ "$STATUS" = 503 ]
	lg_req POST "$path"
	lg_restart "$p"

	# Overloaded: nobody accepts, the listen queue (128) fills, the rest
	# are refused by the kernel.
	pids=$(lg_pids "$p")
	kill -STOP $pids
	lg_burst "$path" 200 3
	kill -CONT $pids
	lg_req GET "$path"
	expect "$p after overload serves ($STATUS)" [ "$STATUS" = 200 ]
done
# Behind an encoded address the channel is still the channel.
pids=$(lg_pids whistle)
kill $pids 2>/dev/null
lg_gone $pids
lg_req GET /%77histleblower/
expect "the channel behind %77 is 503 too ($STATUS)" [ "$STATUS" = 503 ]
lg_restart whistle
lg_counts
rm -f "$TMP/lg-big"

# Whatever the state, nothing of the client's in any log: nginx's, logd's,
# the programs' and PostgreSQL's.
for c in 127.0.0.1 ::1 "$LG_XFF" "$LG_UA" canary-ref.example; do
	f=$(grep -rlF -- "$c" "$LG" 2>/dev/null | tr '\n' ' ')
	expect "no log holds '$c' ($f)" [ -z "$f" ]
done
# nginx records nothing of the channel with a time: no access-log line,
# no error line (the 503s were nginx's own error pages) ...
acc1=$(grep -c . "$LG/nginx-access.log")
n=$(grep -ciE '/whistleblower|/errors/wb/' "$LG/nginx-access.log")
expect "no access-log line for the channel ($n)" [ "$n" = 0 ]
n=$(cat "$LG/nginx-error.log" "$LG/nginx-start.log" "$LG/logd.log" | grep -ci whistle)
expect "no error-log line about the channel ($n)" [ "$n" = 0 ]
# ... only counts, by day.
n=$(grep -cvE '^[0-9]{4}-[0-9]{2}-[0-9]{2} (emerg|alert|crit|error|warn) [0-9]+ [^0-9]*$' "$LG/nginx-whistle.count")
expect "every count line is a day, a level, a number and a kind without numbers ($n others)" [ "$n" = 0 ]
n=$(awk '/whistle\.sock failed \(N: No such file/ { s += $3 } END { print s + 0 }' "$LG/nginx-whistle.count")
expect "the stopped channel was counted ($n)" [ "$n" -ge 3 ]
n=$(awk '/whistle\.sock failed \(N: Connection refused/ { s += $3 } END { print s + 0 }' "$LG/nginx-whistle.count")
expect "the crashed channel was counted ($n)" [ "$n" -ge 1 ]
n=$(awk '/whistle\.sock failed \(N: Resource temporarily unavailable/ { s += $3 } END { print s + 0 }' "$LG/nginx-whistle.count")
expect "the overloaded channel was counted ($n)" [ "$n" -ge 1 ]
# The operator sees the other programs' outages, with their time.
for p in portal staff; do
	for why in 'No such file' 'Connection refused' 'Resource temporarily unavailable'; do
		n=$(grep -cE "^[0-9T:+-]+ \[(crit|error)\] connect\(\) to unix:.*/$p\.sock failed \([0-9]+: $why" "$LG/nginx-error.log")
		expect "nginx-error.log shows $p: $why ($n)" [ "$n" -ge 1 ]
	done
done
expect "and the access log still has the others' requests ($acc0 -> $acc1)" [ "$acc1" -gt "$acc0" ]

# nginx's own start-up errors reach the console: a second nginx on the
# same port says why it cannot start.
sed "s|^pid .*|pid $TMP/second.pid;|" "$FRIST_VAR/etc/nginx.conf" > "$TMP/second.conf"
/usr/sbin/nginx -e "$TMP/second.log" -c "$TMP/second.conf" > "$TMP/second.out" 2>&1
expect "a start-up error is on the console" grep -q 'bind() to 127.0.0.1:.* failed' "$TMP/second.out"
rm -f "$TMP/second.conf" "$TMP/second.log" "$TMP/second.out" "$TMP/second.pid"

# The bare address is redirected without a host name from the request.
req GET /whistleblower -H 'Host: evil.example'
expect_status 301 "the bare /whistleblower is redirected"
expect "to a relative address ($(location))" [ "$(location)" = /whistleblower/ ]
req GET '/whistleblower?lang=en' -H 'Host: evil.example'
expect "keeping the language, no host ($(location))" [ "$(location)" = '/whistleblower/?lang=en' ]
