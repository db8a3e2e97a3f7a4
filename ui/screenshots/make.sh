#!/usr/bin/env bash
# Renders the README screenshots from a real run of pytriage on the
# embedded samples: tmux plays the keys, capture-pane keeps the colours,
# freeze turns the capture into SVG and rsvg-convert into PNG.
#
#   bash ui/screenshots/make.sh
#
# Needs tmux, rsvg-convert (Debian librsvg2-bin), fonts-dejavu-core and
# freeze (go install github.com/charmbracelet/freeze@v0.2.2).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=ui/screenshots
tmp=$(mktemp -d)
sock="pytriage-shots-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
freeze=${FREEZE:-$(command -v freeze || echo "$(go env GOPATH)/bin/freeze")}

go build -o "$tmp/pytriage" .

# shoot NAME COLS ROWS KEYS... : start on the samples, play the keys, capture.
shoot() {
	local name=$1 cols=$2 rows=$3
	shift 3
	sock="pytriage-shots-$$-$name" # a fresh server per shot
	tmux -L "$sock" new-session -d -s s -x "$cols" -y "$rows" \
		"$tmp/pytriage --db $tmp/$name.db --analyst analyst --theme dark"
	sleep 2
	for k in "$@"; do
		tmux -L "$sock" send-keys -t s "$k"
		sleep 0.3
	done
	sleep 1.5
	tmux -L "$sock" capture-pane -e -p -t s >"$tmp/$name.ansi"
	# freeze keeps a background after SGR 49 (default background); the
	# terminal does not. Spell the default out as freeze's own background.
	sed -i 's/\x1b\[49m/\x1b[48;2;23;23;23m/g' "$tmp/$name.ansi"
	"$freeze" --language ansi --background "#171717" --window=false --padding 12 --font.size 14 \
		--font.family "DejaVu Sans Mono" -o "$tmp/$name.svg" <"$tmp/$name.ansi" >/dev/null
	tmux -L "$sock" kill-server 2>/dev/null || true
	rsvg-convert -o "$out/$name.png" "$tmp/$name.svg"
	echo "wrote $out/$name.png"
}

# A few verdicts (benign backup job, false positive), then the miner
# dropper (5th row) marked malicious: three columns, the Script pane on a
# flagged line, hits in the Summary and in the pane footer.
shoot workbench 200 50 b j j f j j m 4 ']' ']'
# The same finding's JSON, jumped to the script contents.
shoot json 200 50 j j j j 3 c
