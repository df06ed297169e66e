#!/usr/bin/env python3
"""Reads a message as smtp-sink dumped it (t_mailer.sh) and prints it as
the receiver's mail program sees it: the headers decoded (RFC 2047), one
per line as NAME: VALUE, then an empty line and the body decoded from its
transfer encoding and charset.  Exits 1 if the message does not parse as
MIME text/plain or a header appears twice that may appear once."""
import email
import email.policy
import sys

raw = open(sys.argv[1], 'rb').read()
# smtp-sink ends each dumped message with an empty line of its own.
if raw.endswith(b'\n\n'):
    raw = raw[:-1]
msg = email.message_from_bytes(raw, policy=email.policy.default)
once = ['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version',
        'Content-Type', 'Content-Transfer-Encoding', 'Auto-Submitted']
for name in once:
    vals = msg.get_all(name) or []
    if len(vals) != 1:
        print('header %s appears %d times' % (name, len(vals)), file=sys.stderr)
        sys.exit(1)
for name in once + ['X-Mail-Args', 'X-Rcpt-Args']:
    print('%s: %s' % (name, str(msg[name])))
if msg.get_content_type() != 'text/plain':
    sys.exit(1)
print()
sys.stdout.write(msg.get_content())
