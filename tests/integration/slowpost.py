#!/usr/bin/env python3
"""Slow request bodies, for t_slow.sh.

    slowpost.py PORT N SECONDS READYFILE PATH[,PATH...]

Opens N connections to 127.0.0.1:PORT; each sends the headers of a POST
announcing a 100000-byte body, then 4 bytes of it a second, for SECONDS.
Writes READYFILE once every connection has sent its headers, and at the
end one line: how many were refused (429), refused and then closed by
nginx, answered otherwise, still open unanswered, and cut (closed by nginx
without an answer)."""
import selectors
import socket
import sys
import time

port, n, seconds, ready = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
paths = sys.argv[5].split(',')
sel = selectors.DefaultSelector()
conns = []


def close(c):
    if not c['closed']:
        c['closed'] = True
        sel.unregister(c['s'])
        c['s'].close()


for i in range(n):
    s = socket.create_connection(('127.0.0.1', port))
    head = ('POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\n'
            'Content-Type: application/x-www-form-urlencoded\r\n'
            'Content-Length: 100000\r\n\r\n' % paths[i % len(paths)])
    s.sendall(head.encode())
    s.setblocking(False)
    c = {'s': s, 'status': None, 'closed': False, 'buf': b''}
    conns.append(c)
    sel.register(s, selectors.EVENT_READ, c)
with open(ready, 'w') as f:
    f.write('ready\n')

end = time.time() + seconds
tick = time.time()
while time.time() < end:
    for key, _ in sel.select(timeout=0.2):
        c = key.data
        try:
            d = c['s'].recv(65536)
        except BlockingIOError:
            continue
        except OSError:
            d = b''
        if not d:
            close(c)
            continue
        c['buf'] += d
        if c['status'] is None and b'\r\n' in c['buf']:
            parts = c['buf'].split(b'\r\n', 1)[0].split(b' ')
            c['status'] = parts[1].decode() if len(parts) > 1 else '?'
    if time.time() >= tick:
        tick += 1
        for c in conns:
            if not c['closed']:
                try:
                    c['s'].send(b'a=aa')
                except OSError:
                    close(c)

refused = sum(1 for c in conns if c['status'] == '429')
print('refused=%d refused_closed=%d other=%d open=%d cut=%d' % (
    refused,
    sum(1 for c in conns if c['status'] == '429' and c['closed']),
    sum(1 for c in conns if c['status'] not in (None, '429')),
    sum(1 for c in conns if c['status'] is None and not c['closed']),
    sum(1 for c in conns if c['status'] is None and c['closed'])))
