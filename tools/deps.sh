#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet.
# As root it runs apt-get; otherwise it prints the line to run and fails.
set -eu
missing=""
for p in "$@"; do
	s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$s" = "installed" ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "frist: missing Debian packages. Run as root:" >&2
	echo "  apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
echo "frist: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Packages that start services on install (nginx, postgresql) must not
# grab ports here: frist runs its own instances under var/.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
# postfix is there for its smtp-sink only (make run and the tests catch
# frist's mails with it): "No configuration" writes no main.cf, so no MTA
# is set up or started (and policy-rc.d above refuses to start one).
case " $missing " in
*" postfix "*)
	echo 'postfix postfix/main_mailer_type select No configuration' |
	    debconf-set-selections ;;
esac
apt-get install -y -qq --no-install-recommends $missing
