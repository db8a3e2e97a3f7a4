package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fitLine cuts or pads s (which may hold the app's own SGR) to exactly w
// cells.
func fitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = cellWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// fitBlock makes content exactly w×h: extra lines dropped, missing lines
// blank, every line fitted. Panes promise this already; the shell enforces
// it so one pane's mistake cannot shift the others.
func fitBlock(content string, w, h int) []string {
	lines := strings.Split(content, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fitLine(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", max(0, w))
		}
	}
	return out
}

// frame draws a border of style bs around content (w-2 × h-2 cells) with
// title (already styled, trusted text) set into the top edge. It returns h
// lines of exactly w cells.
func frame(content string, w, h int, title string, bs lipgloss.Style) []string {
	if w < 2 || h < 2 {
		return fitBlock("", w, h)
	}
	b := bs.GetBorderStyle()
	edge := lipgloss.NewStyle().Foreground(bs.GetBorderTopForeground()).Bold(bs.GetBold())
	iw := w - 2
	out := make([]string, 0, h)

	// Top edge: ╭─ title ─────╮
	top := b.Top
	titleW := cellWidth(title)
	if titleW > iw-2 {
		title = ansi.Truncate(title, max(0, iw-3), "…")
		titleW = cellWidth(title)
	}
	var tb strings.Builder
	tb.WriteString(edge.Render(b.TopLeft + top))
	if titleW > 0 {
		tb.WriteString(title)
	}
	rest := iw - 1 - titleW
	if rest > 0 {
		tb.WriteString(edge.Render(strings.Repeat(top, rest)))
	}
	tb.WriteString(edge.Render(b.TopRight))
	out = append(out, fitLine(tb.String(), w))

	left, right := edge.Render(b.Left), edge.Render(b.Right)
	for _, l := range fitBlock(content, iw, h-2) {
		out = append(out, left+l+"\x1b[m"+right)
	}
	out = append(out, edge.Render(b.BottomLeft+strings.Repeat(b.Bottom, iw)+b.BottomRight))
	return out
}

// overlayLines places box (lines) over base (lines) with its top-left corner at
// x, y. Both are already fitted; the cut keeps the base's own styling on
// both sides of the box.
func overlayLines(base []string, box []string, x, y int) []string {
	out := make([]string, len(base))
	copy(out, base)
	for i, bl := range box {
		row := y + i
		if row < 0 || row >= len(out) {
			continue
		}
		line := out[row]
		w := cellWidth(line)
		bw := cellWidth(bl)
		leftPart := ansi.Cut(line, 0, x)
		rightPart := ""
		if x+bw < w {
			rightPart = ansi.Cut(line, x+bw, w)
		}
		out[row] = fitLine(leftPart+"\x1b[m"+bl+"\x1b[m"+rightPart, w)
	}
	return out
}

// centerBox returns the top-left corner that centres a bw×bh box in w×h.
func centerBox(w, h, bw, bh int) (int, int) {
	return max(0, (w-bw)/2), max(0, (h-bh)/2)
}
