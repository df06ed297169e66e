# libFuzzer harnesses (tests/fuzz/README section "Fuzzing" in README.md).
# Included by the Makefile.  `make fuzz` runs each harness for
# FUZZ_SECONDS (or FUZZ_RUNS executions); `make fuzz-quick` (part of
# `make check`) runs each for FUZZ_QUICK seconds.  With FUZZ_RUNS set,
# FUZZ_SECONDS (no default then) bounds the time as well:
#	FUZZ_RUNS=10000000 make fuzz
#	FUZZ_RUNS=10000000 FUZZ_SECONDS=600 make fuzz

DEB_PKGS	+= clang libfuzzer-14-dev

FUZZ_CC		?= clang
FUZZ_CXX	?= clang++
FUZZ_SECONDS	?=
FUZZ_RUNS	?=
FUZZ_QUICK	?= 2
FUZZ_SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
FUZZ_CFLAGS	 = $(filter-out -O2 -D_FORTIFY_SOURCE=2,$(BASECFLAGS)) -O1 \
		   $(PKG_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
		   -Wno-format-nonliteral
FUZZ_DIR	 = $(BUILD)/fuzz
FUZZ_SRC	 = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS	 = $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_DIR)/%)
FUZZ_LIB_OBJ	 = $(LIB_C:%.c=$(FUZZ_DIR)/obj/%.o) \
		   $(LIB_CC:%.cc=$(FUZZ_DIR)/obj/%.o)

.PHONY: fuzz fuzz-quick fuzz-build

$(FUZZ_DIR)/obj/%.o: %.c $(HEADERS) tests/fuzz/fuzz.h | deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_DIR)/obj/%.o: %.cc cgi/lib/tpl.h | deps
	@mkdir -p $(dir $@)
	$(FUZZ_CXX) $(CXXFLAGS_) $(PKG_CFLAGS) $(FUZZ_SAN) -O1 -c -o $@ $<

$(FUZZ_DIR)/libfrist-fuzz.a: $(FUZZ_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

# Linked with the C++ driver: the route harness pulls in the ctemplate shim.
$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/obj/tests/fuzz/fuzz_%.o $(FUZZ_DIR)/libfrist-fuzz.a
	$(FUZZ_CXX) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $(filter %.o,$^) \
	    $(filter %.a,$^) $(PKG_LIBS)

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) \
	    sh tests/fuzz/run.sh $(FUZZ_BINS)

# From the seeds alone, so that check takes the same time however much
# earlier runs of make fuzz have found.
fuzz-quick: fuzz-build
	rm -rf $(FUZZ_DIR)/quick
	FUZZ_SECONDS=$(FUZZ_QUICK) FUZZ_RUNS= FUZZ_WORK=$(FUZZ_DIR)/quick \
	    sh tests/fuzz/run.sh $(FUZZ_BINS)

# The plan figures live with the staff program (cgi/staff/plans_fig.c).
$(FUZZ_DIR)/fuzz_plans: $(FUZZ_DIR)/obj/cgi/staff/plans_fig.o
