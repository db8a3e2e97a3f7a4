#!/usr/bin/env bash
# fuzz.sh — run every native Go fuzz target (func FuzzXxx) of pytriage for
# DURATION each, one after another, and print a summary table.
#
#   bench/fuzz.sh [DURATION]        # default 10m; any `go test -fuzztime` value (90s, 10m, 50000x)
#   FUZZ_FILTER=model bench/fuzz.sh 60s   # only packages whose path contains "model"
#
# Targets are discovered with grep, so a new FuzzXxx is picked up without
# editing this file. A crasher found by -fuzz is written by Go to the
# package's testdata/fuzz/FuzzXxx/ directory: this script lists every such
# file that was not there before the run. Commit it (it becomes a seed that
# plain `go test` replays) and fix the bug. Not for CI: it takes
# DURATION × number of targets.
set -euo pipefail

duration="${1:-10m}"
filter="${FUZZ_FILTER:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

logdir="$(mktemp -d "${TMPDIR:-/tmp}/pytriage-fuzz.XXXXXX")"
keep_logs=0
cleanup() { if [ "$keep_logs" = 0 ]; then rm -rf "$logdir"; fi; }
trap cleanup EXIT

# target lines: "<package dir> <FuzzName>"
mapfile -t targets < <(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . |
	sed -E 's|^\./||; s|^([^:]*)/[^/:]*_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*|\1 \2|' |
	grep -v '^bench/' | sort -u)
if [ -n "$filter" ]; then
	mapfile -t targets < <(printf '%s\n' "${targets[@]}" | grep -F -- "$filter" || true)
fi
if [ "${#targets[@]}" -eq 0 ]; then
	echo "fuzz.sh: no FuzzXxx targets found${filter:+ matching $filter}" >&2
	exit 1
fi

echo "fuzz.sh: $(go version), $(nproc) cores, ${#targets[@]} targets, $duration each, started $(date -u +%FT%TZ)"
results=()
crashers=()
failed=0
for t in "${targets[@]}"; do
	pkg="${t% *}"
	name="${t#* }"
	corpus="$pkg/testdata/fuzz/$name"
	before="$logdir/before.txt"
	(find "$corpus" -type f 2>/dev/null || true) | sort >"$before"
	log="$logdir/$(echo "$pkg" | tr / _)_$name.log"
	cmd=(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$duration" "./$pkg")
	echo
	echo "== $name in ./$pkg"
	echo "\$ ${cmd[*]}"
	start=$(date +%s)
	rc=0
	"${cmd[@]}" >"$log" 2>&1 || rc=$?
	secs=$(($(date +%s) - start))
	tail -n 3 "$log"
	execs="$(grep -Eo 'execs: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || true)"
	newint="$(grep -Eo 'new interesting: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || true)"
	new="$( (find "$corpus" -type f 2>/dev/null || true) | sort | comm -13 "$before" -)"
	status=ok
	if [ "$rc" -ne 0 ]; then
		if grep -q 'Failing input written to' "$log" || [ -n "$new" ]; then
			status=CRASH
		elif grep -qE '^(# |.*build failed|.*\[setup failed\])' "$log"; then
			status=build-failed
		else
			status=failed
		fi
		failed=1
		keep_logs=1
	fi
	for f in $new; do crashers+=("$f"); done
	results+=("$(printf '%-22s %-32s %8ss %12s %8s  %s' "$name" "./$pkg" "$secs" "${execs:--}" "${newint:--}" "$status")")
done

echo
echo "== summary ($duration per target, finished $(date -u +%FT%TZ))"
printf '%-22s %-32s %9s %12s %8s  %s\n' TARGET PACKAGE WALL EXECS NEW-CORP RESULT
printf '%s\n' "${results[@]}"
echo
if [ "${#crashers[@]}" -gt 0 ]; then
	echo "crashers (new files; commit them as seeds and fix the bug):"
	printf '  %s\n' "${crashers[@]}"
else
	echo "crashers: none"
fi
if [ "$failed" -ne 0 ]; then
	echo "logs kept in $logdir"
	exit 1
fi
