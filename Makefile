# license_mgmt: license-seat management inside PostgreSQL.
#
#   make demo    install what is missing, build, install, and walk through
#                the seed scenario in a throwaway cluster
#   make test    the same set-up, then every suite (pg_regress, isolation,
#                pgTAP, property test, dump/restore and upgrade) in a
#                throwaway cluster, then the crash test in one of its own
#   make bench   the benchmarks of test/bench (not part of make test)
#
# Everything else is PGXS.  The PGXS include is optional so that the targets
# above work on a machine where the server headers are not installed yet:
# they install them first and then run make again.

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

PG_CONFIG   ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS        := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
endif

# PGXS does not track headers; every object depends on ours.
$(OBJS): $(wildcard src/*.h)

.PHONY: deps demo test bench crash check-all check-regress check-pgtap check-property check-operations

deps:
	@sh test/deps.sh

# make demo: the seed walkthrough, printed as psql runs it.
demo: deps
	$(MAKE) --no-print-directory install
	pg_virtualenv -t sh -c 'psql -X -a -v ON_ERROR_STOP=0 -f sql/seed_walkthrough.sql 2>&1'

# make test: build with assertions, install, and run every suite in a
# throwaway cluster; any difference fails loudly with its diff.
test: deps
	$(MAKE) --no-print-directory clean
	$(MAKE) --no-print-directory install EXTRA_CFLAGS=-DUSE_ASSERT_CHECKING
	pg_virtualenv -t $(MAKE) --no-print-directory check-all
	sh test/crash/run.sh

# the crash test alone: it runs its own throwaway cluster, killing it six times
crash: deps
	$(MAKE) --no-print-directory install
	sh test/crash/run.sh

check-all: check-regress check-pgtap check-property check-operations
	@echo "license_mgmt: every suite passed"

check-regress:
	@rm -f regression.diffs output_iso/regression.diffs
	@$(MAKE) --no-print-directory installcheck || { \
		for f in regression.diffs output_iso/regression.diffs; do \
			[ -f $$f ] && { echo "==== $$f"; cat $$f; }; \
		done; exit 1; }

check-pgtap:
	@psql -X -q -c 'DROP DATABASE IF EXISTS license_mgmt_pgtap' -c 'CREATE DATABASE license_mgmt_pgtap' postgres
	pg_prove --failures --dbname license_mgmt_pgtap test/pgtap/*.sql

check-property:
	sh test/property/run.sh

check-operations:
	sh test/operations/run.sh

bench: deps
	$(MAKE) --no-print-directory install
	sh test/bench/run.sh $(BENCH_FLAGS)
