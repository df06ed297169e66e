#!/usr/bin/python3
"""wapiti with -x working: Debian's wapiti 3.0.4 compiles each -x pattern
as "...\\Z(?ms)", which Python 3.11 refuses (global flags not at the
start), so no URL could be excluded and the crawl sent the logout forms,
ending both sessions early in the scan.  The same translation with the
flags first; then wapiti's own entry point, arguments unchanged."""

import re
import sys

import wapitiCore.net.crawler as crawler
from importlib.metadata import distribution


def wildcard_translate(pattern):
    return re.compile(r"(?ms)" + "".join(
        ".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate
main = next(e for e in distribution("wapiti3").entry_points
            if e.group == "console_scripts" and e.name == "wapiti").load()
sys.argv[0] = "wapiti"
sys.exit(main())
