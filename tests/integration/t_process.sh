# Worker processes: a dead worker is replaced; a broken template stops a
# program at start, not a request later.

sup=$(cat "$FRIST_VAR/run/portal.pid")
w=$(pgrep -P "$sup" | head -n 1)
kill -9 "$w"
sleep 1.5
n=$(pgrep -P "$sup" | wc -l)
expect "a killed worker is replaced (2 workers again)" [ "$n" = 2 ]
req GET /grants/
expect_status 200 "pages answer after a worker died"

mkdir -p "$TMP/badtpl"
cp -R "$FRIST_VAR/app/templates/." "$TMP/badtpl/"
printf '{{%%AUTOESCAPE context="HTML"}}\n<p>{{#OPEN}}never closed</p>\n' > "$TMP/badtpl/broken.tpl"
sed -e "s|^templates = .*|templates = $TMP/badtpl|" -e "s|^socket = .*|socket = $TMP/bad.sock|" \
    "$FRIST_VAR/etc/portal.conf" > "$TMP/bad.conf" 2>/dev/null ||
    sed -e "s|^templates = .*|templates = $TMP/badtpl|" -e "s|^socket = .*|socket = $TMP/bad.sock|" \
    < /dev/null > "$TMP/bad.conf"
cp "$FRIST_VAR/etc/portal.key" "$TMP/bad.key" 2>/dev/null
chmod 600 "$TMP/bad.key"
sed -i "s|^secret = .*|secret = $TMP/bad.key|" "$TMP/bad.conf"
timeout 5 "$SRC/build/portal.fcgi" -c "$TMP/bad.conf" > "$TMP/bad.log" 2>&1
rc=$?
expect "a broken template stops the program at start" [ "$rc" = 1 ]
expect "the log names the broken template" grep -q 'broken.tpl does not parse' "$TMP/bad.log"
rm -rf "$TMP/badtpl" "$TMP/bad.conf" "$TMP/bad.key" "$TMP/bad.log" "$TMP/bad.sock"
