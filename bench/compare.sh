#!/usr/bin/env bash
# compare.sh — pytriage's speed, side by side with the tools an analyst would
# otherwise reach for, on the same inputs, in one run:
#
#   1. `pytriage scan` vs `bandit -r` vs `yara -r bench/rules.yar` over the
#      CPython standard library of this machine, tests left out;
#   2. `pytriage list --count` vs `jq empty` on a generated 100k-finding
#      NDJSON file (wall time, MB/s, peak RSS);
#   3. the Go micro-benchmarks of every package that has some.
#
#   bench/compare.sh              # everything (about 10 minutes on 2 cores)
#   QUICK=1 bench/compare.sh      # fewer runs, 10k findings, -count 1 (smoke test)
#   SECTIONS="scan load" bench/compare.sh   # any of: scan load micro
#   PYTRIAGE_BIN=/path/pytriage bench/compare.sh   # use a built binary
#   BENCH_COUNT=3 bench/compare.sh   # -count of the Go benchmarks (default 5)
#
# Missing tools (bandit, yara, jq, hyperfine, GNU time) are installed with
# apt-get when we are root (or have password-less sudo); when that fails the
# section says so and goes on without the tool. MB are 10^6 bytes. Every
# measured command is printed before its figures. BENCHMARKS.md records a run.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
export LC_ALL=C

quick="${QUICK:-}"
sections="${SECTIONS:-scan load micro}"
nfindings="${NFINDINGS:-100000}"
if [ -n "$quick" ]; then nfindings="${NFINDINGS:-10000}"; fi

work="$(mktemp -d "${TMPDIR:-/tmp}/pytriage-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

say() { printf '%s\n' "$*"; }
section() { printf '\n==== %s  [%ds elapsed]\n' "$*" "$SECONDS"; }
show() { printf '$ %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
want() { case " $sections " in *" $1 "*) return 0 ;; esac; return 1; }
# div A B [DIGITS]: A/B with awk, "-" when either is missing or B is zero.
div() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.*f\n", d, a / b }'; }

# ---------------------------------------------------------------- tools
section "machine"
say "date:      $(date -u +%FT%TZ)"
say "cpu:       $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)"
say "cores:     $(nproc)"
say "memory:    $(awk '/MemTotal/ { printf "%.1f GiB\n", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
say "kernel:    $(uname -sr)"
say "go:        $(go version)"
say "load:      $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min; wall times are only comparable on a quiet machine)"

section "tools"
apt_install() {
	local sudo=""
	if [ "$(id -u)" != 0 ]; then
		if have sudo && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
			say "note: not root and no password-less sudo: cannot apt-get install $*"
			return 1
		fi
	fi
	if ! have apt-get; then
		say "note: no apt-get on this machine: install $* yourself"
		return 1
	fi
	show "apt-get install -y $*"
	if [ ! -f "$work/.apt-updated" ]; then
		$sudo apt-get update -qq >"$work/apt.log" 2>&1 || true
		touch "$work/.apt-updated"
	fi
	if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >>"$work/apt.log" 2>&1; then
		say "note: apt-get install $* failed (last lines below); going on without it"
		tail -n 5 "$work/apt.log" | sed 's/^/    /'
		return 1
	fi
}
missing=()
have jq || missing+=(jq)
have hyperfine || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if want scan; then
	have bandit || missing+=(bandit)
	have yara || missing+=(yara)
fi
if [ "${#missing[@]}" -gt 0 ]; then
	# One package at a time, so that one missing from this release does
	# not stop the others.
	for p in "${missing[@]}"; do apt_install "$p" || true; done
fi
for t in go jq hyperfine bandit yara; do
	if have "$t"; then
		case "$t" in
		go) v="$(go version | awk '{ print $3 }')" ;;
		jq) v="$(jq --version 2>&1)" ;;
		hyperfine) v="$(hyperfine --version 2>&1)" ;;
		bandit) v="$(bandit --version 2>&1 | head -n 1)" ;;
		yara) v="yara $(yara --version 2>&1)" ;;
		esac
		say "$(printf '%-10s %s' "$t:" "$v")"
	else
		say "$(printf '%-10s %s' "$t:" "MISSING: its figures are skipped")"
	fi
done
if [ -x /usr/bin/time ]; then say "time:      /usr/bin/time (GNU)"; else say "time:      MISSING: no peak RSS"; fi

section "build"
if [ -n "${PYTRIAGE_BIN:-}" ]; then
	say "using PYTRIAGE_BIN=$PYTRIAGE_BIN (not rebuilt)"
	pt="$PYTRIAGE_BIN"
else
	show "CGO_ENABLED=0 go build -o \$WORK/pytriage ."
	CGO_ENABLED=0 go build -o "$work/pytriage" .
	pt="$work/pytriage"
fi
say "built $(du -h "$pt" | cut -f1) binary"

# ---------------------------------------------------------------- timing
# timeit NAME RUNS WARMUP CMD...: wall time of CMD (output discarded; a
# non-zero exit is expected of scanners that found something). Prints the
# figures and leaves the mean and median in seconds in $work/NAME.mean and
# $work/NAME.median. hyperfine when present, else a plain loop.
timeit() {
	local name="$1" runs="$2" warm="$3"
	shift 3
	if [ -n "$quick" ]; then runs=$(((runs + 2) / 3)) warm=0; fi
	show "$*"
	if have hyperfine && have jq; then
		hyperfine -N -i --style basic --warmup "$warm" --runs "$runs" \
			--export-json "$work/$name.json" "$(printf '%q ' "$@")" 2>&1 |
			grep -E 'Time|Range' | sed 's/^ */    /'
		jq -r '.results[0].mean' "$work/$name.json" >"$work/$name.mean"
		jq -r '.results[0].median' "$work/$name.json" >"$work/$name.median"
		jq -r '.results[0].user + .results[0].system' "$work/$name.json" >"$work/$name.cpu"
	else
		local i s e
		: >"$work/$name.times"
		for ((i = 0; i < warm; i++)); do "$@" >/dev/null 2>&1 || true; done
		for ((i = 0; i < runs; i++)); do
			s=$(date +%s.%N)
			"$@" >/dev/null 2>&1 || true
			e=$(date +%s.%N)
			awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f\n", e - s }' >>"$work/$name.times"
		done
		sort -n "$work/$name.times" | awk '{ t[NR] = $1; s += $1 } END {
			printf "    mean %.4f s, median %.4f s, min %.4f s, max %.4f s (%d runs, no hyperfine)\n",
				s / NR, t[int((NR + 1) / 2)], t[1], t[NR], NR }'
		awk '{ s += $1 } END { printf "%.6f\n", s / NR }' "$work/$name.times" >"$work/$name.mean"
		sort -n "$work/$name.times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }' >"$work/$name.median"
	fi
}
# mean, median: wall seconds; cpu: mean user+system seconds (hyperfine
# only). On a loaded machine wall time swings and CPU time is steadier.
num() { if [ -s "$work/$1" ]; then awk '{ printf "%.4g\n", $1 }' "$work/$1"; else echo -; fi; }
mean() { num "$1.mean"; }
median() { num "$1.median"; }
cpu() { num "$1.cpu"; }

# peakrss NAME CMD...: peak resident set size of CMD in MB (GNU time -v).
peakrss() {
	local name="$1"
	shift
	if [ ! -x /usr/bin/time ]; then echo - >"$work/$name.rss"; return; fi
	show "/usr/bin/time -v $*"
	/usr/bin/time -v "$@" >/dev/null 2>"$work/$name.timev" || true
	awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); printf "%.1f\n", $2 / 1000 }' \
		"$work/$name.timev" >"$work/$name.rss"
	say "    peak RSS $(cat "$work/$name.rss") MB"
}

summary=()
row() { summary+=("$(printf '%-44s %s' "$1" "$2")"); }

# ---------------------------------------------------------------- 1. scan
if want scan; then
	section "1. classify the CPython standard library (tests left out)"
	stdlib=""
	for cand in /usr/lib/python3.11 \
		"$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null || true)"; do
		if [ -n "$cand" ] && [ -f "$cand/os.py" ]; then stdlib="$cand"; break; fi
	done
	if [ -z "$stdlib" ]; then
		say "no CPython standard library found (/usr/lib/python3.11 or python3's sysconfig): section skipped"
	else
		lib="$work/stdlib"
		mkdir -p "$lib"
		show "copy the .py files of $stdlib, without test/ tests/ idle_test/ site-packages/ dist-packages/ __pycache__/, to \$WORK/stdlib"
		(cd "$stdlib" && find . \( -name test -o -name tests -o -name idle_test \
			-o -name site-packages -o -name dist-packages -o -name __pycache__ \) -prune \
			-o -type f -name '*.py' -print0 | xargs -0 cp --parents -t "$lib")
		nfiles=$(find "$lib" -type f -name '*.py' | wc -l)
		bytes=$(find "$lib" -type f -name '*.py' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
		mb=$(div "$bytes" 1000000 2)
		say "corpus: $nfiles files, $bytes bytes ($mb MB) from $stdlib"

		say
		say "-- pytriage scan (all cores; exit 1 means something scored at or above the threshold)"
		timeit pt_scan 10 2 "$pt" scan "$lib"
		show "$pt scan --format json $lib | jq: verdict malicious or suspicious"
		"$pt" scan --format json "$lib" >"$work/pt_scan.jsonl" 2>"$work/pt_scan.err" || true
		pt_flag=$(jq -r 'select(.verdict == "malicious" or .verdict == "suspicious") | .source' "$work/pt_scan.jsonl" | sort -u | wc -l)
		pt_total=$(jq -r '.source' "$work/pt_scan.jsonl" | sort -u | wc -l)
		say "    verdicts: $(jq -r '.verdict' "$work/pt_scan.jsonl" | sort | uniq -c | awk '{ printf "%s %s  ", $2, $1 }')"
		say "    flagged (malicious+suspicious): $pt_flag of $pt_total files ($(div "$((pt_flag * 100))" "$pt_total" 2) %)"
		[ ! -s "$work/pt_scan.err" ] || say "    stderr: $(wc -l <"$work/pt_scan.err") lines, first: $(head -n 1 "$work/pt_scan.err")"
		pt_mbs=$(div "$mb" "$(mean pt_scan)" 1)
		say "    throughput: $pt_mbs MB/s (mean wall time)"

		if have bandit; then
			say
			say "-- bandit (exit 1 means it reported issues, not that it failed; 2 is an error)"
			timeit bandit 3 0 bandit -r -q "$lib"
			show "bandit -r -q -f json -o \$WORK/bandit.json $lib | jq: files with a MEDIUM or HIGH severity issue"
			brc=0
			bandit -r -q -f json -o "$work/bandit.json" "$lib" >/dev/null 2>&1 || brc=$?
			say "    bandit exit code: $brc"
			b_flag=$(jq -r '[.results[] | select(.issue_severity == "MEDIUM" or .issue_severity == "HIGH") | .filename] | unique | length' "$work/bandit.json")
			b_err=$(jq -r '.errors | length' "$work/bandit.json")
			say "    flagged (MEDIUM+): $b_flag of $nfiles files ($(div "$((b_flag * 100))" "$nfiles" 2) %); files bandit could not parse: $b_err"
			b_mbs=$(div "$mb" "$(mean bandit)" 2)
			say "    throughput: $b_mbs MB/s; pytriage is $(div "$(mean bandit)" "$(mean pt_scan)" 0)x faster"
		else
			say "bandit missing: no bandit figures"
		fi

		if have yara; then
			say
			say "-- yara with bench/rules.yar ($(grep -c '^rule ' "$root/bench/rules.yar") plain-string rules; exit 0 whether or not it matched)"
			timeit yara 10 1 yara -w "$root/bench/rules.yar" -r "$lib"
			show "yara -w bench/rules.yar -r $lib | unique files"
			yara -w "$root/bench/rules.yar" -r "$lib" 2>/dev/null >"$work/yara.txt" || true
			y_flag=$(awk '{ $1 = ""; print }' "$work/yara.txt" | sort -u | wc -l)
			say "    flagged (any rule): $y_flag of $nfiles files ($(div "$((y_flag * 100))" "$nfiles" 2) %)"
			y_mbs=$(div "$mb" "$(mean yara)" 1)
			say "    throughput: $y_mbs MB/s; pytriage/yara wall-time ratio $(div "$(mean yara)" "$(mean pt_scan)" 2)x"
		else
			say "yara missing: no yara figures"
		fi

		row "scan corpus" "$nfiles files, $mb MB ($stdlib)"
		row "pytriage scan: mean wall, MB/s, flagged" "$(mean pt_scan) s, $pt_mbs MB/s, $pt_flag files (CPU $(cpu pt_scan) s)"
		if have bandit; then
			row "bandit -r: mean wall, MB/s, flagged MEDIUM+" "$(mean bandit) s, $b_mbs MB/s, $b_flag files (CPU $(cpu bandit) s)"
			r=$(div "$(mean bandit)" "$(mean pt_scan)" 1)
			row "target: scan >= 150x bandit throughput" "${r}x wall: $(awk -v r="$r" 'BEGIN { print (r != "-" && r >= 150) ? "MET" : "NOT MET" }') (CPU-time ratio $(div "$(cpu bandit)" "$(cpu pt_scan)" 1)x)"
		fi
		if have yara; then
			row "yara -r rules.yar: mean wall, MB/s, flagged" "$(mean yara) s, $y_mbs MB/s, $y_flag files (CPU $(cpu yara) s)"
			r=$(div "$(mean yara)" "$(mean pt_scan)" 2)
			row "target: scan faster than yara" "${r}x wall: $(awk -v r="$r" 'BEGIN { print (r != "-" && r > 1) ? "MET" : "NOT MET" }') (CPU-time ratio $(div "$(cpu yara)" "$(cpu pt_scan)" 2)x)"
		fi
	fi
fi

# ---------------------------------------------------------------- 2. load
if want load; then
	section "2. load $nfindings generated findings (NDJSON)"
	nd="$work/findings.ndjson"
	show "go run ./bench/gen -n $nfindings -seed 1 -o \$WORK/findings.ndjson"
	go run ./bench/gen -n "$nfindings" -seed 1 -o "$nd"
	nbytes=$(stat -c %s "$nd")
	nmb=$(div "$nbytes" 1000000 1)
	say "file: $nbytes bytes ($nmb MB), $(div "$nbytes" "$nfindings" 0) bytes per finding"
	show "$pt list --count \$WORK/findings.ndjson"
	got=$("$pt" list --count "$nd")
	say "    counted $got findings"
	if [ "$got" != "$nfindings" ]; then say "    WARNING: expected $nfindings"; fi

	say
	say "-- pytriage list --count"
	timeit pt_load 10 1 "$pt" list --count "$nd"
	peakrss pt_load "$pt" list --count "$nd"
	pl_mbs=$(div "$nmb" "$(mean pt_load)" 1)
	say "    throughput: $pl_mbs MB/s; peak RSS / file size: $(div "$(cat "$work/pt_load.rss")" "$nmb" 2)"
	if have jq; then
		say
		say "-- jq empty"
		timeit jq_empty 5 1 jq empty "$nd"
		peakrss jq_empty jq empty "$nd"
		jq_mbs=$(div "$nmb" "$(mean jq_empty)" 1)
		say "    throughput: $jq_mbs MB/s"
	fi
	row "load file" "$nfindings findings, $nmb MB"
	row "pytriage list --count: wall, MB/s, RSS" "$(mean pt_load) s, $pl_mbs MB/s, $(cat "$work/pt_load.rss") MB (CPU $(cpu pt_load) s)"
	if have jq; then
		row "jq empty: wall, MB/s, RSS" "$(mean jq_empty) s, $jq_mbs MB/s, $(cat "$work/jq_empty.rss") MB (CPU $(cpu jq_empty) s)"
		r=$(div "$(mean jq_empty)" "$(mean pt_load)" 2)
		row "target: load >= 2x jq empty" "${r}x wall: $(awk -v r="$r" 'BEGIN { print (r != "-" && r >= 2) ? "MET" : "NOT MET" }') (CPU-time ratio $(div "$(cpu jq_empty)" "$(cpu pt_load)" 2)x)"
	fi
	rr=$(div "$(cat "$work/pt_load.rss")" "$nmb" 2)
	row "target: peak RSS <= 1.5x file size" "${rr}x: $(awk -v r="$rr" 'BEGIN { print (r != "-" && r <= 1.5) ? "MET" : "NOT MET" }')"
fi

# ---------------------------------------------------------------- 3. micro
if want micro; then
	section "3. Go micro-benchmarks"
	mapfile -t pkgs < <(grep -rl --include='*_test.go' -E '^func Benchmark' . | xargs -n1 dirname | sort -u | grep -v '^\./bench')
	count="${BENCH_COUNT:-5}"
	if [ -n "$quick" ]; then count=1; fi
	say "packages: ${pkgs[*]}"
	show "go test -p 1 -run '^\$' -bench . -benchmem -count $count ${pkgs[*]}"
	brc=0
	go test -p 1 -run '^$' -bench . -benchmem -count "$count" "${pkgs[@]}" >"$work/bench.txt" 2>&1 || brc=$?
	if [ "$brc" -ne 0 ]; then
		say "note: go test exited $brc (a package failed to build or a benchmark failed):"
		grep -E '^(FAIL|--- FAIL|#|vet:|panic)|cannot|undefined' "$work/bench.txt" | head -n 20 | sed 's/^/    /'
	fi
	show "go run golang.org/x/perf/cmd/benchstat@latest bench.txt"
	if timeout 300 go run golang.org/x/perf/cmd/benchstat@latest "$work/bench.txt" >"$work/benchstat.txt" 2>&1; then
		cat "$work/benchstat.txt"
	else
		say "(benchstat not reachable through the module proxy: raw lines)"
		grep -E '^(Benchmark|goos|goarch|pkg|cpu)' "$work/bench.txt"
	fi
	# Medians against the issues' targets. medns NAME / medmbs NAME: the
	# median ns/op or MB/s of benchmark NAME over the -count runs.
	medcol() {
		grep -E "^$1(-[0-9]+)?[[:space:]]" "$work/bench.txt" |
			awk -v u="$2" '{ for (i = 2; i < NF; i++) if ($(i + 1) == u) print $i }' | sort -g |
			awk '{ t[NR] = $1 } END { if (NR) print t[int((NR + 1) / 2)] }'
	}
	target_ms() { # NAME MAX_MS WHAT
		local v
		v=$(medcol "$1" ns/op)
		[ -n "$v" ] || return 0
		row "target: $3 <= $2 ms ($1)" "$(div "$v" 1000000 3) ms median: $(awk -v v="$v" -v m="$2" 'BEGIN { print (v <= m * 1000000) ? "MET" : "NOT MET" }')"
	}
	target_mbs() { # NAME MIN_MBS WHAT
		local v
		v=$(medcol "$1" MB/s)
		[ -n "$v" ] || return 0
		row "target: $3 >= $2 MB/s ($1)" "$v MB/s median: $(awk -v v="$v" -v m="$2" 'BEGIN { print (v >= m) ? "MET" : "NOT MET" }')"
	}
	# BenchmarkFilterKeystroke is the off-loop filter match (a Cmd), not the
	# UI loop's time per key: BenchmarkFilterKeystrokeLoop is.
	for b in $(grep -Eo '^Benchmark[A-Za-z0-9_]*Key[A-Za-z0-9_]*' "$work/bench.txt" | sort -u | grep -vx BenchmarkFilterKeystroke); do
		target_ms "$b" 2 "Update+View per key"
	done
	target_ms BenchmarkHighlight10kLines 30 "highlight a 10k-line script"
	target_ms BenchmarkFirstFrameSamples 150 "first frame on the samples"
	target_mbs BenchmarkAnalyzeStdlib 100 "classify, one core"
	target_mbs BenchmarkLoad100kFindings 190 "load 100k findings"
fi

section "summary (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
printf '%s\n' "${summary[@]}"
