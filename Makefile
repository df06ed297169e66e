# frist: see README.md.  `make run` to try it, `make check` to test it.

PORT		?= 8080
BUILD		 = build
PKGS		 = fcgi libpq libsodium libxml-2.0 libctemplate_nothreads libseccomp
CC		?= cc
CXX		?= c++

WARN		 = -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wcast-qual \
		   -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wvla
BASECFLAGS	 = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		   -Icgi/lib $(WARN) -g -O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong \
		   -fPIE
CXXFLAGS_	 = -std=c++11 -Icgi/lib -Wall -Wextra -Werror -g -O2 -fPIE
LDFLAGS_	 = -pie -Wl,-z,relro,-z,now

# Sanitizer build of the library and unit tests (make check runs both).
SANFLAGS	 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_C		 = $(wildcard cgi/lib/*.c)
LIB_CC		 = $(wildcard cgi/lib/*.cc)
PORTAL_C	 = $(wildcard cgi/portal/*.c)
WHISTLE_C	 = $(wildcard cgi/whistle/*.c)
STAFF_C		 = $(wildcard cgi/staff/*.c)
UNIT_C		 = $(wildcard tests/unit/*.c) cgi/staff/plans_fig.c
UNIT_SUITES	 = $(filter-out tests/unit/check_main.c,$(wildcard tests/unit/check_*.c))
PROGS		 = $(BUILD)/portal.fcgi $(BUILD)/whistle.fcgi $(BUILD)/staff.fcgi \
		   $(BUILD)/hello.fcgi $(BUILD)/frist-tool $(BUILD)/frist-logd \
		   $(BUILD)/frist-mailer $(BUILD)/frist-remind

# Debian 12 packages the build, the tests and `make run` need.
DEB_PKGS	 = build-essential pkg-config libfcgi-dev libpq-dev libsodium-dev \
		   libxml2-dev libxml2-utils libctemplate-dev check libsubunit-dev \
		   libcurl4-openssl-dev \
		   postgresql postgresql-contrib nginx-light curl wrk \
		   ca-certificates tzdata procps bc acl
# The workers' seccomp sandbox (cgi/lib/sandbox.c); systemd-analyze for
# tests/integration/t_units.sh.
DEB_PKGS	+= libseccomp-dev systemd
# Mail: smtp-sink (make run and the tests catch every mail with it), from
# postfix installed with "No configuration" (tools/deps.sh): no MTA runs.
DEB_PKGS	+= postfix
# tests/integration/slowpost.py (t_slow.sh)
DEB_PKGS	+= python3
# tests/faults (make faults): the loop-mounted file system for a full disk.
DEB_PKGS	+= e2fsprogs mount
# make security only (sqlmap, wapiti): not needed by make check.
SEC_PKGS	 = sqlmap wapiti

.PHONY: all deps run start stop status check unit integration e2e bench faults clean

all: deps $(PROGS) $(BUILD)/check_unit

# Installs what is missing when run as root; otherwise says what to run.
deps:
	@sh tools/deps.sh $(DEB_PKGS)

# pkg-config is only asked once deps have run (a fresh machine lacks it).
PKG_CFLAGS	 = $(shell pkg-config --cflags $(PKGS) check 2>/dev/null)
PKG_LIBS	 = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_LIBS	 = $(shell pkg-config --libs check 2>/dev/null)
CFLAGS_		 = $(BASECFLAGS) $(PKG_CFLAGS)

HEADERS		 = $(wildcard cgi/*/*.h)

$(BUILD)/obj/%.o: %.c $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_) $(CFLAGS) -c -o $@ $<

$(BUILD)/obj/%.o: %.cc cgi/lib/tpl.h | deps
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS_) $(PKG_CFLAGS) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/san/%.o: %.c $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_) $(SANFLAGS) -O1 $(CFLAGS) -c -o $@ $<

$(BUILD)/san/%.o: %.cc cgi/lib/tpl.h | deps
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS_) $(PKG_CFLAGS) $(SANFLAGS) -O1 -c -o $@ $<

LIB_OBJ		 = $(LIB_C:%.c=$(BUILD)/obj/%.o) $(LIB_CC:%.cc=$(BUILD)/obj/%.o)
LIB_SAN		 = $(LIB_C:%.c=$(BUILD)/san/%.o) $(LIB_CC:%.cc=$(BUILD)/san/%.o)

$(BUILD)/libfrist.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libfrist-san.a: $(LIB_SAN)
	rm -f $@ && ar rcs $@ $^

# Programs link with the C++ driver because of the ctemplate shim.
$(BUILD)/portal.fcgi: $(PORTAL_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)
$(BUILD)/whistle.fcgi: $(WHISTLE_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)
$(BUILD)/staff.fcgi: $(STAFF_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)
$(BUILD)/hello.fcgi: $(BUILD)/obj/cgi/bench/hello.o $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)
$(BUILD)/frist-tool: $(BUILD)/obj/tools/frist-tool.o $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)
# nginx's error log goes through it (see tools/frist-logd.c); only logscrub.
$(BUILD)/frist-logd: $(BUILD)/obj/tools/frist-logd.o $(BUILD)/libfrist.a
	$(CC) $(LDFLAGS_) -o $@ $^

# The outbox's sender (tools/frist-mailer.c): libpq and libcurl only.
$(BUILD)/frist-mailer: $(BUILD)/obj/tools/frist-mailer.o $(BUILD)/libfrist.a
	$(CC) $(LDFLAGS_) -o $@ $^ $(shell pkg-config --libs libpq libcurl 2>/dev/null)

# The reminder scheduler (tools/frist-remind.c): libpq and the mail
# templates (ctemplate, hence the C++ driver).
$(BUILD)/frist-remind: $(BUILD)/obj/tools/frist-remind.o $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS)

$(BUILD)/check_unit: $(UNIT_C:%.c=$(BUILD)/obj/%.o) $(BUILD)/libfrist.a
	$(CXX) $(LDFLAGS_) -o $@ $^ $(PKG_LIBS) $(CHECK_LIBS)
$(BUILD)/check_unit_san: $(UNIT_C:%.c=$(BUILD)/san/%.o) $(BUILD)/libfrist-san.a
	$(CXX) $(SANFLAGS) -o $@ $^ $(PKG_LIBS) $(CHECK_LIBS)

# Every "Suite *x_suite(void)" in tests/unit/check_*.c becomes SUITE(x).
$(BUILD)/suites.h: $(UNIT_SUITES)
	@mkdir -p $(BUILD)
	sed -n 's/^\([a-z0-9_]*\)_suite(void)$$/SUITE(\1)/p' $(UNIT_SUITES) > $@.tmp
	mv $@.tmp $@
$(BUILD)/obj/tests/unit/check_main.o $(BUILD)/san/tests/unit/check_main.o: $(BUILD)/suites.h
$(BUILD)/obj/tests/unit/check_main.o $(BUILD)/san/tests/unit/check_main.o: CFLAGS += -I$(BUILD)

# --- running ------------------------------------------------------------

run: all
	PORT=$(PORT) sh tools/frist-ctl run

start: all
	PORT=$(PORT) sh tools/frist-ctl start

stop:
	@sh tools/frist-ctl stop

status:
	@sh tools/frist-ctl status

# --- tests --------------------------------------------------------------

check: all $(BUILD)/check_unit_san
	$(MAKE) --no-print-directory unit fuzz-quick integration e2e

unit: $(BUILD)/check_unit $(BUILD)/check_unit_san
	FRIST_SRC=$(CURDIR) $(BUILD)/check_unit
	FRIST_SRC=$(CURDIR) ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $(BUILD)/check_unit_san

integration: all
	bash tests/integration/run.sh

# The browser suite (installs Chromium and the npm packages it lacks).
e2e: all
	bash tests/e2e/run.sh

bench: all
	bash bench/run.sh

# Faults under load (tests/faults/run.sh): PostgreSQL stopped, workers
# killed, read-only, disk full; no acknowledged write may be lost.
faults: all
	bash tests/faults/run.sh

# sqlmap and wapiti against a throwaway stack (README, "Security tests").
.PHONY: security
security: all
	@sh tools/deps.sh $(SEC_PKGS)
	bash tests/security/run.sh

clean:
	rm -rf $(BUILD)

include tests/fuzz/fuzz.mk
