# license_mgmt: license-seat management inside PostgreSQL.
#
#   make demo        install what is missing, build, install, and walk
#                    through the seed scenario in a throwaway cluster
#   make demo-shell  the same data in a throwaway cluster, and a psql on it
#   make test        every suite (pg_regress, isolation, pgTAP, property,
#                    dump/restore and upgrade) in a throwaway cluster, again
#                    with the server's clock years ahead, then the crash
#                    test; the suites run an assertion build from a private
#                    stage; the normal build is installed at the end
#   make bench       the benchmarks of test/bench (not part of make test),
#                    on one server and on a Citus cluster
#   make deb         Debian packages, one per PostgreSQL major installed
#   make test-matrix make test and the package in Debian bookworm, trixie
#                    and sid root filesystems (mmdebstrap; CI runs it)
#   make test-citus  the scale-out tests on a Citus cluster of three nodes,
#                    Citus built from its source tarball (CITUS_DIR)
#
# They build for the distribution's own PostgreSQL major, installing its
# packages when missing; PG_CONFIG=/usr/lib/postgresql/NN/bin/pg_config picks
# another.  Everything else is PGXS.  The PGXS include is optional so that
# the targets above work on a machine where the server headers are not
# installed yet: they install them first and then run make again.

EXTENSION    = license_mgmt
MODULE_big   = license_mgmt
OBJS         = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
DATA         = $(sort $(wildcard license_mgmt--*.sql))
DOCS         = README.md
PG_CFLAGS    = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare $(EXTRA_CFLAGS)

REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --outputdir=. --dbname=license_mgmt_regress
ISOLATION    = $(patsubst test/isolation/specs/%.spec,%,$(sort $(wildcard test/isolation/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test/isolation --outputdir=output_iso --dbname=license_mgmt_isolation

# PG_MAJOR is looked up where it is used, not once as make starts: on a
# fresh machine, deps installs PostgreSQL before the recipes that need it.
PG_CONFIG_GIVEN := $(PG_CONFIG)
PG_MAJOR     = $(shell sh test/pg_major.sh $(PG_CONFIG_GIVEN))
PG_CONFIG   ?= /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config
PGXS        := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
endif

# PGXS does not track headers; every object depends on ours.
$(OBJS): $(wildcard src/*.h)

# A throwaway cluster of the major we build for.  The suites run the
# assertion build from STAGE, a private install the server finds through
# Debian's extension_destdir (a Debian patch, up to PostgreSQL 17) or else
# upstream's extension_control_path and dynamic_library_path (from 18 on),
# the stage before the system's directories, so testing never writes them.
export PG_VIRTUALENV = pg_virtualenv -t -v $(PG_MAJOR)
STAGE       = $(CURDIR)/tmp_check/stage
PG_SHAREDIR = $(shell $(PG_CONFIG) --sharedir)
PG_LIBDIR   = $(shell $(PG_CONFIG) --pkglibdir)
STAGED      = $(PG_VIRTUALENV) $(if $(shell grep -s extension_destdir $(PG_SHAREDIR)/postgresql.conf.sample), \
	-o extension_destdir=$(STAGE), \
	-o extension_control_path=$(STAGE)$(PG_SHAREDIR):$(PG_SHAREDIR) -o dynamic_library_path=$(STAGE)$(PG_LIBDIR):$(PG_LIBDIR))
FAILURES    = $(CURDIR)/tmp_check/failures
export FAILURES

# The clock-ahead run (R16.1: on any date): the server's clock CLOCK_AHEAD
# ahead (libfaketime's syntax), preloaded through the cluster's environment
# file, since pg_ctlcluster starts the server with that environment only.
CLOCK_AHEAD = +10y
FAKETIME_LIB = $(firstword $(wildcard /usr/lib/*/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1))

.PHONY: deps demo demo-shell test bench crash install-built check-all check-regress \
	check-pgtap check-property check-operations check-clock-ahead

deps:
	@sh test/deps.sh "$(PG_MAJOR)" $(DEPS)

# Build and install the normal build, with sudo where the directories are
# not ours; quiet, so that make demo shows the demo.
install-built:
	@$(MAKE) -s --no-print-directory all
	@if [ -w "$$($(PG_CONFIG) --pkglibdir)" ] && [ -w "$$($(PG_CONFIG) --sharedir)/extension" ]; then \
		$(MAKE) -s --no-print-directory install >/dev/null; \
	else \
		echo "license_mgmt: installing into $$($(PG_CONFIG) --pkglibdir) with sudo"; \
		sudo $(MAKE) -s --no-print-directory install PG_CONFIG=$(PG_CONFIG) >/dev/null; \
	fi

# make demo: the seed walkthrough, printed as psql runs it.
demo: deps
	@$(MAKE) -s --no-print-directory install-built
	@$(PG_VIRTUALENV) sh test/demo.sh

demo-shell: deps
	@$(MAKE) -s --no-print-directory install-built
	@$(PG_VIRTUALENV) sh test/demo.sh --shell

# make test: every suite against the assertion build, twice (the second time
# with the clock ahead), then the crash test; a failing suite's diff is the
# last thing printed, after the server log pg_virtualenv shows.
test: DEPS = faketime
test: deps
	@rm -rf $(FAILURES) $(STAGE)
	$(MAKE) --no-print-directory clean
	$(MAKE) --no-print-directory all EXTRA_CFLAGS=-DUSE_ASSERT_CHECKING
	$(MAKE) --no-print-directory install DESTDIR=$(STAGE) >/dev/null
	@$(STAGED) $(MAKE) --no-print-directory check-all || sh test/show_failures.sh
	@$(MAKE) --no-print-directory check-clock-ahead || sh test/show_failures.sh
	@PG_VIRTUALENV="$(STAGED)" sh test/crash/run.sh
	$(MAKE) --no-print-directory clean
	@$(MAKE) -s --no-print-directory install-built
	@echo "license_mgmt: every suite passed; the normal build is installed"

check-clock-ahead:
	@test -n "$(FAKETIME_LIB)" || { echo "license_mgmt: libfaketime is missing (Debian package faketime)" >&2; exit 1; }
	@mkdir -p tmp_check
	@printf "LD_PRELOAD = '%s'\nFAKETIME = '%s'\n" "$(FAKETIME_LIB)" "$(CLOCK_AHEAD)" > tmp_check/clock_ahead.env
	@$(STAGED) -c "--environment=$(CURDIR)/tmp_check/clock_ahead.env" sh -c '\
		year=$$(psql -XAt -c "SELECT extract(year FROM now())::int" postgres); \
		echo "license_mgmt: every suite again, the server clock at $$year"; \
		[ "$$year" -gt "$$(date +%Y)" ] || { echo "license_mgmt: the server clock is not ahead" >&2; exit 1; }; \
		$(MAKE) --no-print-directory check-all'

# the crash test alone: it runs its own throwaway cluster, killing it six times
crash: deps
	@$(MAKE) -s --no-print-directory install-built
	sh test/crash/run.sh

check-all: check-regress check-pgtap check-property check-operations
	@echo "license_mgmt: every suite passed"

check-regress:
	@rm -f regression.diffs output_iso/regression.diffs
	@$(MAKE) --no-print-directory installcheck || { \
		mkdir -p $(FAILURES); \
		for f in regression.diffs output_iso/regression.diffs; do \
			[ -f $$f ] && cp $$f $(FAILURES)/$$(echo $$f | tr / _); \
		done; exit 1; }

check-pgtap:
	@psql -X -q -c 'DROP DATABASE IF EXISTS license_mgmt_pgtap' -c 'CREATE DATABASE license_mgmt_pgtap' postgres
	@sh test/run_suite.sh pgtap pg_prove --failures --dbname license_mgmt_pgtap test/pgtap/*.sql

check-property:
	@sh test/run_suite.sh property sh test/property/run.sh

check-operations:
	@sh test/run_suite.sh operations sh test/operations/run.sh

bench: DEPS = $(CITUS_DEPS)
bench: deps
	@$(MAKE) -s --no-print-directory install-built
	@sh test/citus/build.sh $(PG_CONFIG) $(CITUS_DIR) $(CITUS_TREE)
	@$(MAKE) -s --no-print-directory install PG_CONFIG=$(CITUS_TREE)$(shell $(PG_CONFIG) --bindir)/pg_config >/dev/null
	CITUS_TREE=$(CITUS_TREE) CITUS_NODES=$(CITUS_NODES) CITUS_PORT=$(CITUS_PORT) sh test/bench/run.sh $(BENCH_FLAGS)

# Packages and the version matrix (test/matrix/).
.PHONY: deb test-matrix

# make deb: Debian packages postgresql-NN-license-mgmt, one per installed
# PostgreSQL major, built with pg_buildext (debian/) into build/deb/.
deb:
	@sh test/matrix/deb.sh

# make test-matrix [MATRIX="bookworm trixie sid"]: make test and make deb in
# throwaway root filesystems of each Debian release, then the package
# installed with apt in a fresh one (test/matrix/run.sh).
test-matrix:
	@bash test/matrix/run.sh $(MATRIX)

# make test-citus [CITUS_DIR=dir]: Citus built from the tarball in CITUS_DIR
# into a private copy of PostgreSQL (CITUS_TREE; never the system's
# directories), license_mgmt's assertion build installed there, a
# coordinator and two workers on localhost (ports CITUS_PORT to
# CITUS_PORT+2), the checks of test/citus/run.sh, then the repository's
# suites against them (test/citus/suites.sh); the nodes are stopped at the
# end.
CITUS_DIR  ?= $(CURDIR)/../shared/vendor/citus
CITUS_TREE  = $(CURDIR)/build/citus/tree
CITUS_NODES = $(CURDIR)/build/citus/nodes
CITUS_PORT ?= 9700
.PHONY: test-citus
CITUS_DEPS  = patch liblz4-dev libzstd-dev libkrb5-dev libselinux1-dev libpam0g-dev libcurl4-openssl-dev
test-citus: DEPS = $(CITUS_DEPS)
test-citus: deps
	@sh test/citus/build.sh $(PG_CONFIG) $(CITUS_DIR) $(CITUS_TREE)
	@$(MAKE) -s --no-print-directory clean
	@$(MAKE) -s --no-print-directory all install EXTRA_CFLAGS=-DUSE_ASSERT_CHECKING \
		PG_CONFIG=$(CITUS_TREE)$(shell $(PG_CONFIG) --bindir)/pg_config >/dev/null
	@sh test/citus/cluster.sh stop $(CITUS_TREE) $(CITUS_NODES) $(CITUS_PORT)
	@rm -rf $(CITUS_NODES)
	@sh test/citus/cluster.sh start $(CITUS_TREE) $(CITUS_NODES) $(CITUS_PORT)
	@status=0; sh test/citus/run.sh $(CITUS_TREE) $(CITUS_NODES) $(CITUS_PORT) || status=$$?; \
		sh test/citus/suites.sh $(CITUS_TREE) $(CITUS_NODES) $(CITUS_PORT) || status=$$?; \
		sh test/citus/cluster.sh stop $(CITUS_TREE) $(CITUS_NODES) $(CITUS_PORT); \
		$(MAKE) -s --no-print-directory clean; \
		[ $$status = 0 ] && echo "license_mgmt: the scale-out tests passed" || \
		{ echo "license_mgmt: the scale-out tests failed (node logs in $(CITUS_NODES))" >&2; exit 1; }
