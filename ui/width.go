package ui

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cellWidth is ansi.StringWidth with a fast path. Every frame measures
// every line to fit it; grapheme segmentation dominates that cost, yet
// nearly all of the shell's text is ASCII, box drawing and a few symbols
// that are one cell whatever the segmentation. Any other rune (wide,
// combining, emoji, variation selector, control) sends the whole string
// to ansi.StringWidth, so the result is always the same as ansi's
// (TestCellWidthMatchesAnsi checks the fast set rune by rune).
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := skipEscape(s, i)
			if n < 0 {
				return ansi.StringWidth(s)
			}
			i = n
			continue
		case c >= 0x20 && c < 0x7f:
			w++
			i++
			continue
		case c < 0x80:
			return ansi.StringWidth(s)
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrowRune(r) {
			return ansi.StringWidth(s)
		}
		w++
		i += size
	}
	return w
}

// skipEscape returns the index after the CSI or simple escape sequence at
// s[i], or -1 for anything else (left to ansi).
func skipEscape(s string, i int) int {
	if i+1 >= len(s) || s[i+1] != '[' {
		return -1
	}
	for j := i + 2; j < len(s); j++ {
		if c := s[j]; c >= 0x40 && c <= 0x7e {
			return j + 1
		} else if c < 0x20 || c > 0x7e {
			return -1
		}
	}
	return -1
}

// narrowRune reports runes known to be one cell under ansi's measure and
// never to combine with a neighbour: Latin-1 graphic letters and symbols,
// box drawing, block elements, control pictures and the symbols the shell
// and the sanitiser's tokens use.
func narrowRune(r rune) bool {
	switch {
	case r >= 0xa1 && r <= 0x2ff && r != 0xad:
		return true
	case r >= 0x2500 && r <= 0x259f: // box drawing, block elements
		return true
	case r >= 0x2400 && r <= 0x2426: // control pictures (␛ ␍ ␊ ␀ ␡ ␠)
		return true
	}
	switch r {
	case '…', '‼', '▶', '●', '◐', '✓', '✗', '·', '⟨', '⟩', '⚠', '—', '–', '‘', '’', '“', '”', '↑', '↓', '←', '→':
		return true
	}
	return false
}
