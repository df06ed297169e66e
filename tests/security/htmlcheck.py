#!/usr/bin/env python3
"""htmlcheck.py FILE: parses an HTML page as a browser would and prints
what only an injection could have put there (frist's templates have no
script, no event handler and no javascript: or data: URL): script, iframe,
object and embed elements, on* attributes, and such URLs in href, src,
action, formaction, data, srcdoc.  Prints nothing if the page is clean."""
import html.parser
import sys

URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href",
             "srcdoc", "background", "poster"}
BAD_TAGS = {"script", "iframe", "object", "embed", "frame", "applet", "base"}


class Check(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag in BAD_TAGS:
            self.bad.append("<%s> element" % tag)
        for k, v in attrs:
            if k.startswith("on"):
                self.bad.append("%s attribute on <%s>" % (k, tag))
            if k in URL_ATTRS and v is not None:
                u = "".join(v.split()).lower()
                if u.startswith(("javascript:", "data:", "vbscript:")):
                    self.bad.append("%s=%s on <%s>" % (k, v[:40], tag))
            if k == "style" and v and ("expression(" in v or "url(" in v):
                self.bad.append("style with %s on <%s>" % (v[:40], tag))

    handle_startendtag = handle_starttag


c = Check()
c.feed(open(sys.argv[1], encoding="utf-8", errors="replace").read())
c.close()
for b in c.bad:
    print(b)
