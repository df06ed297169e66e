#!/usr/bin/env python3
"""Load for the fault suite (tests/faults/run.sh) and the scale-out test.

  load.py run BASE DIR KIND[,KIND...] [THREADS]
      Submits through nginx as a person does (GET the form, POST it back
      with its CSRF token and one-time key) until DIR/stop exists.  Every
      answer is one line in DIR/events ("time kind status phase"), the
      phase being the text of DIR/phase at the time; every acknowledged
      write, one line in DIR/acks ("kind id").  Kinds:
        apply   a grant application sent at once (the receipt's ANS- number)
        whistle an anonymous report (the receipt code)
        cause   a whistleblower cause added by staff (its unique name;
                needs FAULT_STAFF_USER/FAULT_STAFF_PW)
        status  a grant recipient's status report on the next open
                obligation of FAULT_GRANT_NO (logged in with
                FAULT_GRANT_CODE; the obligation's id)
        read    GETs of the catalogue and a dashboard (no acks)
  load.py check BASE DIR
      Every acknowledged write must be found: applications and causes in
      the database (psql through tools/frist-ctl; a status report as the
      submission of its obligation), whistleblower reports
      through the mailbox with their code.  Prints the lost ones; exit 1.
  load.py table DIR
      The table of DIR/faults (one line per fault: "name|start|lift|note")
      and DIR/events: writes and reads by status during each fault, time
      to recovery (from the lift to the first acknowledged write after
      it).  Status 0 is no answer (refused connection, time-out).
"""

import http.cookiejar
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

SRC = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
LOCK = threading.Lock()


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.op = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def req(self, path, data=None, ctype=None, timeout=30):
        """(status, body, location); status 0 when nothing came back."""
        h = {}
        if ctype:
            h["Content-Type"] = ctype
        if data is not None:
            h["Origin"] = self.base
            h["Sec-Fetch-Site"] = "same-origin"
        rq = urllib.request.Request(self.base + path, data=data, headers=h)
        try:
            with self.op.open(rq, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8", "replace"), \
                    r.headers.get("Location", "")
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace")
            return e.code, body, e.headers.get("Location", "")
        except Exception:
            return 0, "", ""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def hidden(body, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, body)
    return m.group(1) if m else ""


def multipart(fields, files=()):
    """fields: (name, text); files: (name, filename, bytes)."""
    b = "frist%d" % time.monotonic_ns()
    out = []
    for k, v in fields:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\""
                    "\r\n\r\n%s\r\n" % (b, k, v)).encode())
    for k, fn, data in files:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; "
                    "filename=\"%s\"\r\nContent-Type: text/plain\r\n\r\n"
                    % (b, k, fn)).encode() + data + b"\r\n")
    out.append(("--%s--\r\n" % b).encode())
    return b"".join(out), "multipart/form-data; boundary=" + b


def urlenc(fields):
    return urllib.parse.urlencode(fields).encode(), \
        "application/x-www-form-urlencoded"


class Load:
    def __init__(self, base, d):
        self.base, self.dir = base, d
        self.ev = open(os.path.join(d, "events"), "a")
        self.acks = open(os.path.join(d, "acks"), "a")
        self.n = 0
        self.obls = []		# open status obligations, taken one by one

    def phase(self):
        try:
            with open(os.path.join(self.dir, "phase")) as f:
                return f.read().strip() or "-"
        except OSError:
            return "-"

    def event(self, kind, status):
        with LOCK:
            self.ev.write("%.3f %s %d %s\n" % (time.time(), kind, status,
                                              self.phase()))
            self.ev.flush()

    def ack(self, kind, ident):
        with LOCK:
            self.acks.write("%s %s\n" % (kind, ident))
            self.acks.flush()

    def uniq(self):
        with LOCK:
            self.n += 1
            return "%d-%d-%d" % (os.getpid(), threading.get_ident() % 100000,
                                 self.n)

    def stopped(self):
        return os.path.exists(os.path.join(self.dir, "stop"))

    # One submission each; returns after one POST (or a failed GET).
    def apply(self, c, pool):
        st, body, _ = c.req("/grants/pools/%s/apply" % pool)
        if st != 200:
            self.event("apply", st)
            return
        today = time.strftime("%Y-%m-%d")
        end = time.strftime("%Y-%m-%d", time.localtime(time.time() +
                                                       300 * 86400))
        data, ct = multipart([
            ("csrf", hidden(body, "csrf")), ("once", hidden(body, "once")),
            ("action", "submit"), ("org_name", "Belastning " + self.uniq()),
            ("cvr", "10150817"), ("contact_name", "Last"),
            ("contact_email", "last@example.dk"), ("title", "Belastning"),
            ("description", "Fejltest"), ("period_start", today),
            ("period_end", end), ("requested", "100.000,00"),
            ("budget_text_1", "Løn"), ("budget_amount_1", "100.000,00")])
        st, body, loc = c.req("/grants/pools/%s/apply" % pool, data, ct)
        self.event("apply", st)
        if st == 303 and "/grants/application/receipt" in loc:
            # The receipt is what the applicant sees: its number is the ack.
            st2, body, _ = c.req(loc)
            m = re.search(r"ANS-\d{4}-\d{6}", body)
            if st2 == 200 and m:
                self.ack("apply", m.group(0))
            else:
                self.event("apply-receipt", st2)

    def whistle(self, c):
        st, body, _ = c.req("/whistleblower/")
        if st != 200:
            self.event("whistle", st)
            return
        data, ct = multipart([
            ("csrf", hidden(body, "csrf")), ("once", hidden(body, "once")),
            ("subject", "Bosted " + self.uniq()), ("offer_type", "voksen"),
            ("relation", "ansat"), ("description", "Fejltest af kanalen."),
            ("anonymity", "anonymous")],
            # A file, so that the reports take room on the disk.
            [("attachment", "bilag.txt",
              os.urandom(24 * 1024).hex().encode())])
        st, body, _ = c.req("/whistleblower/", data, ct)
        self.event("whistle", st)
        m = re.search(r'id="receipt">([0-9 ]+)<', body)
        if st == 200 and m:
            self.ack("whistle", m.group(1).replace(" ", ""))

    def login(self, c, path, fields):
        """0 when the login form at path took fields, else the status
        that refused it."""
        st, body, _ = c.req(path)
        if st != 200:
            return st or -1
        data, ct = urlenc([("csrf", hidden(body, "csrf"))] + fields)
        st, _, _ = c.req(path, data, ct)
        return 0 if st == 303 else (st or -1)

    def staff_login(self, c):
        return self.login(c, "/staff/login", [
            ("username", os.environ["FAULT_STAFF_USER"]),
            ("password", os.environ["FAULT_STAFF_PW"])])

    def cause(self, c, state):
        if not state.get("in"):
            st = self.staff_login(c)
            if st != 0:
                # The login is part of the write: its refusal is counted.
                self.event("cause", max(st, 0))
                time.sleep(0.2)
                return
        state["in"] = True
        st, body, _ = c.req("/staff/whistle/causes")
        if st != 200:
            self.event("cause", st)
            if st in (302, 303, 403):
                state["in"] = False
            return
        label = "Belastning " + self.uniq()
        data, ct = urlenc([("csrf", hidden(body, "csrf")),
                           ("once", hidden(body, "once")), ("action", "add"),
                           ("label", label), ("sort", "90")])
        st, _, loc = c.req("/staff/whistle/causes", data, ct)
        self.event("cause", st)
        if st == 303 and "again" not in loc:
            self.ack("cause", label)

    def grant_login(self, c):
        return self.login(c, "/grants/login", [
            ("grant_no", os.environ["FAULT_GRANT_NO"]),
            ("code", os.environ["FAULT_GRANT_CODE"])])

    def status(self, c, state):
        if not state.get("in"):
            st = self.grant_login(c)
            if st != 0:
                self.event("status", max(st, 0))
                time.sleep(0.2)
                return
        state["in"] = True
        with LOCK:
            if not self.obls:
                return
            obl = self.obls.pop(0)
        path = "/grants/my/obligations/%s" % obl
        st, body, loc = c.req(path)
        if st != 200:
            self.event("status", st)
            if st in (302, 303) and "/grants/login" in loc:
                state["in"] = False
            # Not sent (a 303 elsewhere: it was, by an earlier try that
            # gave no answer; that one is not acknowledged).
            if st != 303 or "/grants/login" in loc:
                with LOCK:
                    self.obls.append(obl)
            return
        data, ct = multipart([
            ("csrf", hidden(body, "csrf")), ("once", hidden(body, "once")),
            ("progress", "Fejltest " + self.uniq()),
            ("milestones", "Belastning under fejl.")])
        st, _, loc = c.req(path, data, ct)
        self.event("status", st)
        if st == 303 and "/grants/my/cases/" in loc:
            self.ack("status", obl)
        else:
            with LOCK:
                self.obls.append(obl)

    def read(self, c, pool, state):
        for p in ("/grants/", "/grants/pools/%s" % pool, "/grants/feed.atom"):
            st, _, _ = c.req(p)
            self.event("read", st)
        if os.environ.get("FAULT_STAFF_USER"):
            if not state.get("in"):
                state["in"] = self.staff_login(c) == 0
            st, _, _ = c.req("/staff/goals/")
            self.event("read", st)
            if st != 200:
                state["in"] = False

    def worker(self, kind, pool):
        c, state = Client(self.base), {}
        while not self.stopped():
            if kind == "apply":
                self.apply(c, pool)
            elif kind == "whistle":
                self.whistle(c)
            elif kind == "cause":
                self.cause(c, state)
            elif kind == "status":
                self.status(c, state)
            elif kind == "read":
                self.read(c, pool, state)
                time.sleep(0.1)
            # A refused request is not retried in a tight loop.
            time.sleep(0.02)


def psql(q):
    """Admin SQL: through tools/frist-ctl, or on FAULT_PGHOST (a socket
    directory: the promoted replica of the scale-out test)."""
    host = os.environ.get("FAULT_PGHOST")
    if not host:
        return subprocess.run(["sh", os.path.join(SRC, "tools", "frist-ctl"),
                               "psql", "-tA", "-c", q], capture_output=True,
                              text=True).stdout
    with open(os.path.join(os.environ["FRIST_VAR"], "secrets", "admin")) as f:
        env = dict(os.environ, PGPASSWORD=f.read().strip())
    return subprocess.run(["psql", "-X", "-q", "-tA", "-h", host, "-U",
                           "frist_admin", "-d", "frist", "-c", q],
                          capture_output=True, text=True, env=env).stdout


def sql(q):
    return psql(q).split()


def cmd_run(base, d, kinds, threads):
    pool = sql("SELECT id FROM pool WHERE status = 'open' AND "
               "opens <= current_date AND "
               "closes >= current_date ORDER BY id LIMIT 1")[0]
    ld = Load(base, d)
    if "status" in kinds.split(","):
        ld.obls = sql("SELECT o.id FROM obligation o JOIN award a ON "
                      "a.id = o.award_id WHERE a.grant_no = '%s' AND "
                      "o.kind = 'status' AND NOT EXISTS (SELECT 1 FROM "
                      "submission s WHERE s.obligation_id = o.id) "
                      "ORDER BY o.id" % os.environ["FAULT_GRANT_NO"])
    ts = [threading.Thread(target=ld.worker, args=(k, pool), daemon=True)
          for k in kinds.split(",") for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def cmd_check(base, d):
    acks = {}
    with open(os.path.join(d, "acks")) as f:
        for line in f:
            k, v = line.rstrip("\n").split(" ", 1)
            acks.setdefault(k, []).append(v)
    lost = []
    if "apply" in acks:
        have = set(sql("SELECT case_no FROM application WHERE case_no "
                       "LIKE 'ANS-%'"))
        lost += [("apply", v) for v in acks["apply"] if v not in have]
    if "cause" in acks:
        have = set(psql("SELECT label FROM whistle_cause").split("\n"))
        lost += [("cause", v) for v in acks["cause"] if v not in have]
    if "status" in acks:
        have = set(sql("SELECT obligation_id FROM submission WHERE "
                       "obligation_id IS NOT NULL"))
        lost += [("status", v) for v in acks["status"] if v not in have]
    if "whistle" in acks:
        # The mailbox with the code: the only way in, and 1.5 s each.
        res = {}

        def look(codes):
            c = Client(base)
            for code in codes:
                for _ in range(5):
                    st, body, _ = c.req("/whistleblower/mailbox")
                    t = hidden(body, "csrf")
                    data, ct = urlenc([("csrf", t), ("code", code)])
                    st, body, _ = c.req("/whistleblower/mailbox", data, ct)
                    if st in (200, 404):
                        break
                    time.sleep(1)
                res[code] = st == 200 and "Fejltest af kanalen." in body
        codes = acks["whistle"]
        ts = [threading.Thread(target=look, args=(codes[i::8],))
              for i in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        lost += [("whistle", v) for v in codes if not res.get(v)]
    n = sum(len(v) for v in acks.values())
    for k, v in lost:
        print("lost: %s %s" % (k, v))
    print("acknowledged writes: %d (%s), lost: %d" % (
        n, ", ".join("%s %d" % (k, len(v)) for k, v in sorted(acks.items())),
        len(lost)))
    return 1 if lost else 0


def cmd_table(d):
    ev = []
    with open(os.path.join(d, "events")) as f:
        for line in f:
            t, k, s, ph = line.split()
            ev.append((float(t), k, int(s), ph))
    rows = []
    with open(os.path.join(d, "faults")) as f:
        for line in f:
            name, start, lift, note = line.rstrip("\n").split("|", 3)
            start, lift = float(start), float(lift)
            during = [e for e in ev if e[3] == name]
            by, rby = {}, {}
            for e in during:
                m = rby if e[1] == "read" else by
                m[e[2]] = m.get(e[2], 0) + 1
            # Recovery: the first write answered 2xx/3xx after the lift.
            ok = [e[0] for e in ev if e[0] >= lift and e[1] in
                  ("apply", "whistle", "cause", "status") and 200 <= e[2] < 400]
            rec = "%.1f s" % (min(ok) - lift) if ok else "none"
            if note.startswith("not yet") or name == "baseline":
                rec = "-"
            rows.append((name, fmtc(by), fmtc(rby), rec, note))
    head = ("fault", "writes (status:n)", "reads (status:n)", "recovery",
            "note")
    w = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(
        "%-*s" % (w[i], r[i]) for i in range(len(r))) + " |"
    print(line(head))
    print("|" + "|".join("-" * (x + 2) for x in w) + "|")
    bad = 0
    for r in rows:
        print(line(r))
        if r[3] == "none":
            bad = 1
    return bad


def fmtc(by):
    """Status counts as "200:12 503:3"; 0 is no answer at all."""
    return " ".join("%d:%d" % kv for kv in sorted(by.items())) or "-"


if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "run":
        cmd_run(a[1], a[2], a[3], int(a[4]) if len(a) > 4 else 2)
    elif a and a[0] == "check":
        sys.exit(cmd_check(a[1], a[2]))
    elif a and a[0] == "table":
        sys.exit(cmd_table(a[1]))
    else:
        sys.exit(__doc__)
