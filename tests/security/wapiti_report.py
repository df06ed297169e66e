#!/usr/bin/env python3
"""Reads wapiti's JSON report; prints one line per finding, "ok" or "FAIL",
a tab, then what.  Every vulnerability and anomaly fails, except these,
each for its reason:
  - X-XSS-Protection not set: the header is deprecated, and the XSS filter
    it turns on in old browsers could be abused (OWASP advises leaving it
    out); the Content-Security-Policy frist sends does the job.
  - Strict-Transport-Security not set: the test stack is plain http, where
    browsers ignore the header; in production TLS ends in front of nginx
    (README, Production), and that is where it belongs.
  - Secure flag not set on a cookie: frist drops Secure only for plain http
    on 127.0.0.1 or localhost, which the test stack is (README, Sessions).
The categories looked for are listed with "none" when wapiti found nothing.
"""
import json
import sys

ALLOWED = (
    "X-XSS-Protection is not set",
    "Strict-Transport-Security is not set",
    "Secure flag is not set in the cookie",
)
WATCH = ("Cross Site Scripting", "Stored Cross Site Scripting",
         "SQL Injection", "Blind SQL Injection", "Command execution",
         "Path Traversal", "CRLF Injection", "Open Redirect",
         "HTTP Secure Headers", "Content Security Policy Configuration",
         "HttpOnly Flag cookie", "Secure Flag cookie")


def main():
    rep = json.load(open(sys.argv[1]))
    seen = set()
    for kind in ("vulnerabilities", "anomalies"):
        for cat, items in sorted((rep.get(kind) or {}).items()):
            seen.add(cat)
            for it in items:
                info = " ".join(str(it.get("info", "")).split())
                where = "%s %s %s" % (it.get("method", ""), it.get("path", ""),
                                      it.get("parameter", "") or "")
                what = "%s: %s (%s)" % (cat, info, where.strip())
                if kind == "vulnerabilities" and info.startswith(ALLOWED):
                    print("ok\tallowed by policy: " + what)
                else:
                    print("FAIL\t" + what)
    for cat in WATCH:
        items = (rep.get("vulnerabilities") or {}).get(cat)
        if not items:
            print("ok\t%s: none" % cat)
    if "infos" in rep:
        print("ok\tscanned %s from %s" % (rep["infos"].get("target", "?"),
                                          rep["infos"].get("date", "?")))


main()
