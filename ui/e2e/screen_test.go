package e2e

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Border runes of the workbench's boxes (focused: heavy; others: rounded).
const (
	topLeft     = "┏╭┌"
	topRight    = "┓╮┐"
	vertical    = "┃│"
	bottomLeft  = "┗╰└"
	bottomRight = "┛╯┘"
)

// statusModes are the words the status line starts with.
var statusModes = []string{"LIST", "SUMMARY", "JSON", "SCRIPT", "FILTER", "HELP", "MENU"}

// columnsFor is how many bordered columns the layout draws at width w
// (issue 4: ≥160 three, 100–159 two, narrower one).
func columnsFor(w int) int {
	switch {
	case w >= 160:
		return 3
	case w >= 100:
		return 2
	}
	return 1
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// frameProblems checks that the screen is the workbench's and nothing a
// finding holds moved or erased it: h rows of at most w cells; the top row opens
// the expected number of columns with corners; every body row starts and
// ends on a vertical border (so no row was cleared, shifted by a cursor
// move, cut by a CR, or swallowed by an unterminated sequence); the bottom
// border is whole; the last row is the status line. Overlays are centred
// and narrower than the screen, so these edges hold with them open too.
func frameProblems(rows []string, w, h int) []string {
	var bad []string
	if len(rows) != h {
		return []string{fmt.Sprintf("%d rows on screen, want %d", len(rows), h)}
	}
	for i, r := range rows {
		// Blank cells cleared by an erase (not written) are not kept by
		// capture-pane, so a row may be shorter, never wider.
		if got := ansi.StringWidth(r); got > w {
			bad = append(bad, fmt.Sprintf("row %d is %d cells wide, more than %d: %q", i, got, w, r))
		}
	}
	top := strings.TrimRight(rows[0], " ")
	if !strings.ContainsRune(topLeft, firstRune(top)) || !strings.ContainsRune(topRight, lastRune(top)) {
		bad = append(bad, fmt.Sprintf("top row is not a border: %q", top))
	}
	if n, want := strings.Count(top, "┏")+strings.Count(top, "╭")+strings.Count(top, "┌"), columnsFor(w); n != want {
		bad = append(bad, fmt.Sprintf("top row opens %d columns, want %d at width %d: %q", n, want, w, top))
	}
	for i := 1; i < h-2; i++ {
		r := strings.TrimRight(rows[i], " ")
		if !strings.ContainsRune(vertical, firstRune(r)) || !strings.ContainsRune(vertical, lastRune(r)) {
			bad = append(bad, fmt.Sprintf("row %d lost its side borders: %q", i, r))
		}
	}
	bottom := strings.TrimRight(rows[h-2], " ")
	if !strings.ContainsRune(bottomLeft, firstRune(bottom)) || !strings.ContainsRune(bottomRight, lastRune(bottom)) {
		bad = append(bad, fmt.Sprintf("bottom border broken: %q", bottom))
	}
	status := rows[h-1]
	ok := false
	for _, m := range statusModes {
		if strings.HasPrefix(status, " "+m+" ") {
			ok = true
		}
	}
	if !ok {
		bad = append(bad, fmt.Sprintf("status line does not start with a mode: %q", status))
	}
	return bad
}
