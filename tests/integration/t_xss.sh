# The XSS corpus (tests/security/xss.txt) through every free-text field of
# every form in tests/security/forms.tsv and as the name of every upload;
# then every page and export reachable by links from the three programs'
# pages (staff, recipient, public, the mailbox) is read, and must show it
# only escaped for its context: no script, event handler or javascript: URL
# in HTML, Atom and XML well-formed, CSV cells never starting a formula.
# A field that refuses a payload must answer 4xx (never 5xx) and show it
# escaped too.  Runs last: what it stores stays.

. "$SRC/tests/security/lib.sh"
sec_fixtures
xs_p=() xs_f=()
while IFS= read -r l; do
	case $l in
	''|'#'*) ;;
	file:*) xs_f+=("${l#file:}") ;;
	*) xs_p+=("$l") ;;
	esac
done < "$SRC/tests/security/xss.txt"
XS_BAD=0 XS_PAGES=0 XS_SEEN=0

# xs_check WHAT: the last answer ($BODY, $HDRS) shows no payload raw.
xs_check() {
	ct=$(tr -d '\r' < "$HDRS" | sed -n 's/^Content-Type: //Ip' | tail -n 1)
	bad=""
	case $ct in
	text/html*)
		h=$(python3 "$SRC/tests/security/htmlcheck.py" "$BODY" | head -n 3 | tr '\n' ' ')
		[ -n "$h" ] && bad="$h" ;;
	*xml*)
		xmllint --noout --nonet "$BODY" 2>/dev/null || bad="XML that is not well-formed"
		grep -qiE '<script' "$BODY" && bad="$bad a script element" ;;
	text/csv*)
		# A cell (after its quote) starting with = + - @ TAB or CR that
		# holds a payload: a formula.
		tr -d '\r' < "$BODY" | tr ';' '\n' | sed 's/^"//' |
		    grep -qE $'^[-=+@\t].*xss' && bad="a CSV cell that starts a formula" ;;
	esac
	case $ct in
	text/html*|*xml*)
		for p in "${xs_p[@]}" "${xs_f[@]}"; do
			case $p in *[\<\>\"\']*) ;; *) continue ;; esac
			grep -qF -- "$p" "$BODY" && { bad="$bad the raw payload $p"; break; }
		done ;;
	esac
	case $STATUS in 5*|000) bad="$bad status $STATUS" ;; esac
	grep -q xss "$BODY" && XS_SEEN=$((XS_SEEN + 1))
	if [ -n "$bad" ]; then
		XS_BAD=$((XS_BAD + 1))
		fail "$1: $bad"
		echo "# status $STATUS, $ct, $(wc -c < "$BODY") bytes"
	fi
}

# A multipart body by hand, so that file names go as typed (curl would
# change their quotes): xs_mp PATH JAR NAME=VALUE... FILE:FIELD=FILENAME...
xs_mp() {
	p=$1 j=$2; shift 2
	b=xsb$RANDOM$RANDOM
	: > "$TMP/xs_mp"
	for kv in "$@"; do
		case $kv in
		FILE:*)	kv=${kv#FILE:}
			printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: text/plain\r\n\r\nxss\r\n' \
			    "$b" "${kv%%=*}" "${kv#*=}" >> "$TMP/xs_mp" ;;
		*)	printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' \
			    "$b" "${kv%%=*}" "${kv#*=}" >> "$TMP/xs_mp" ;;
		esac
	done
	printf -- '--%s--\r\n' "$b" >> "$TMP/xs_mp"
	req POST "$p" -b "$j" -c "$j" -H "Content-Type: multipart/form-data; boundary=$b" \
	    --data-binary "@$TMP/xs_mp"
}
xs_tok() {	# xs_tok LOGIN JAR PATH: sets XT (csrf) and XO (once) for a POST
	case $1 in
	staff)		req GET /staff/ -b "$2" ;;
	recipient)	req GET /grants/my/ -b "$2" ;;
	*)		req GET "$3" -b "$2" -c "$2" ;;
	esac
	XT=$(csrf)
	XO=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
}

# The file names, with payloads in the text, as uploads: a whistleblower
# report, a reply in its mailbox, an application, a status report.
xs_files=()
for f in "${xs_f[@]}"; do xs_files+=("FILE:attachment=$f"); done
xs_tok none "$TMP/xs_none.jar" /whistleblower/
xs_mp /whistleblower/ "$TMP/xs_none.jar" "csrf=$XT" "once=$XO" "subject=${xs_p[0]}" \
    offer_type=voksen relation=ansat "description=${xs_p[1]}" anonymity=anonymous "${xs_files[@]}"
xs_check "whistleblower report with hostile file names"
expect "the report with hostile file names is taken ($STATUS)" [ "$STATUS" = 200 ]
XS_WBCODE=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
XS_WB=$(sql "SELECT max(id) FROM whistle_report")
xs_tok none "$TMP/xs_none.jar" /whistleblower/mailbox
xs_mp /whistleblower/mailbox "$TMP/xs_none.jar" "csrf=$XT" "once=$XO" "code=$XS_WBCODE" \
    action=reply "reply=${xs_p[2]}" "${xs_files[0]}"
xs_check "mailbox reply with a hostile file name"
xs_tok none "$TMP/xs_app.jar" "/grants/pools/$SEC_POOL/apply"
xs_mp "/grants/pools/$SEC_POOL/apply" "$TMP/xs_app.jar" "csrf=$XT" "once=$XO" action=submit \
    "org_name=${xs_p[3]}" cvr=10150817 "contact_name=${xs_p[4]}" contact_email=x@example.dk \
    "title=${xs_p[5]}" "description=${xs_p[6]}" "period_start=$(date +%F)" \
    "period_end=$(date -d '+365 days' +%F)" requested=1.000,00 "budget_text_1=${xs_p[7]}" \
    budget_amount_1=1.000,00 "${xs_files[@]}"
xs_check "application with hostile file names"
XS_APP=$(sql "SELECT max(id) FROM application WHERE status = 'submitted'")
xs_tok recipient "$SEC_RJ" /
xs_mp "/grants/my/obligations/$SEC_OBL" "$SEC_RJ" "csrf=$XT" "once=$XO" "progress=${xs_p[8]}" \
    "milestones=${xs_p[9]}" "deviations=${xs_p[10]}" "${xs_files[@]}"
xs_check "status report with hostile file names"

# Every free-text field of every form: each payload through each form at
# least once, the fields of one POST getting different payloads.
np=${#xs_p[@]}
while IFS=$'\t' read -r id tpl m act paths enc login fields; do
	path=$(sec_fill "${paths%%|*}")
	j=$(sec_jar "$login")
	tf=() fixed=()
	for kv in $fields; do
		k=${kv%%=*}
		case $k in
		*\*)	k=${k%\*}
			case $k in code|draft_no|grant_no) fixed+=("$k=$(sec_fill "${kv#*=}")") ;;
			*) tf+=("$k") ;; esac ;;
		*)	fixed+=("$k=$(sec_fill "${kv#*=}")") ;;
		esac
	done
	[ ${#tf[@]} -eq 0 ] && continue
	# The whistleblower channel answers POSTs after 1.5 s: there, three
	# payloads go in each field at once (none of them reaches a CSV).
	k=1
	case $path in /whistleblower/*) k=3 ;; esac
	per=$(( ${#tf[@]} * k ))
	rounds=$(( (np + per - 1) / per ))
	for r in $(seq 0 $((rounds - 1))); do
		args=()
		for i in "${!tf[@]}"; do
			v=""
			for c in $(seq 0 $((k - 1))); do
				v="$v${v:+ }${xs_p[$(( (r * per + i * k + c) % np ))]}"
			done
			args+=(--data-urlencode "${tf[$i]}=$v")
		done
		for kv in "${fixed[@]}"; do args+=(--data-urlencode "$kv"); done
		if [ "$m" = get ]; then
			req GET "$path" -b "$j" -G "${args[@]}"
		else
			xs_tok "$login" "$j" "$path"
			req POST "$path" -b "$j" -c "$j" --data-urlencode "csrf=$XT" \
			    --data-urlencode "once=$XO" "${args[@]}"
		fi
		xs_check "$id round $r ($STATUS)"
		XS_PAGES=$((XS_PAGES + 1))
	done
done < <(sec_rows '$1 !~ /logout/')
expect "every form took the corpus ($XS_PAGES answers)" [ "$XS_PAGES" -ge 100 ]

# Every page and export linked from the start pages, as each user sees it
# (GET only: GETs change nothing; files are downloads and skipped).
xs_crawl() {	# xs_crawl JAR START...
	j=$1; shift
	printf '%s\n' "$@" > "$TMP/xs_queue"
	: > "$TMP/xs_done"
	n=0
	while [ -s "$TMP/xs_queue" ] && [ $n -lt 400 ]; do
		u=$(head -n 1 "$TMP/xs_queue")
		sed -i 1d "$TMP/xs_queue"
		grep -qxF -- "$u" "$TMP/xs_done" && continue
		echo "$u" >> "$TMP/xs_done"
		req GET "$u" -b "$j"
		n=$((n + 1))
		xs_check "GET $u"
		case $(tr -d '\r' < "$HDRS" | sed -n 's/^Content-Type: //Ip') in
		text/html*) ;;
		*) continue ;;
		esac
		grep -o 'href="/[^"]*"' "$BODY" | sed 's/^href="//; s/"$//; s/&amp;/\&/g' |
		    grep -vE '/files/|/static/|lang=en|/logout' |
		    while IFS= read -r l; do
			grep -qxF -- "$l" "$TMP/xs_done" || echo "$l"
		    done | sort -u >> "$TMP/xs_queue"
	done
	XS_PAGES=$((XS_PAGES + n))
	echo "# crawled $n pages from $1"
}
XS_PAGES=0
xs_crawl "$SEC_SJ" /staff/ /staff/pools/ /staff/cases/ /staff/whistle/ /staff/whistle/causes \
    /staff/whistle/stats "/staff/whistle/$XS_WB" "/staff/whistle/$SEC_WB" "/staff/applications/$XS_APP" \
    "/staff/applications/$SEC_APP" "/staff/cases/$SEC_CASE" /staff/goals/ /staff/goals/admin \
    /staff/goals/overview.csv /staff/goals/overview.xml /staff/plans/ "/staff/plans/$SEC_YEAR" \
    "/staff/plans/$SEC_YEAR/plan.csv" "/staff/plans/$SEC_YEAR/plan.xml" "/staff/plans/$SEC_YEAR/results" \
    "/staff/plans/$SEC_YEAR/q3" /staff/settings
xs_crawl "$SEC_RJ" /grants/my/
xs_crawl "$TMP/xs_none.jar" / /grants/ /grants/feed.atom "/grants/pools/$SEC_POOL" /whistleblower/
expect "the crawl read the pages ($XS_PAGES)" [ "$XS_PAGES" -ge 60 ]
for c in "$XS_WBCODE" "$SEC_WBCODE"; do
	xs_tok none "$TMP/xs_none.jar" /whistleblower/mailbox
	req POST /whistleblower/mailbox -b "$TMP/xs_none.jar" --data-urlencode "csrf=$XT" \
	    --data-urlencode "code=$c" --data-urlencode action=open
	xs_check "the mailbox"
	expect "the mailbox shows the payloads back, escaped" grep -q 'xss' "$BODY"
done
expect "the payloads were seen back on $XS_SEEN answers" [ "$XS_SEEN" -ge 40 ]
expect "no answer showed a payload unescaped ($XS_BAD did)" [ "$XS_BAD" = 0 ]
