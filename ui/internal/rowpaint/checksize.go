package rowpaint

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// CheckSize returns an error unless view keeps the pane contract: exactly
// h lines of exactly w cells (empty when either is zero). Pane tests call
// it over sizes and states.
func CheckSize(view string, w, h int) error {
	if w <= 0 || h <= 0 {
		if view != "" {
			return fmt.Errorf("%dx%d: want an empty view, got %q", w, h, clip(view))
		}
		return nil
	}
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		return fmt.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			return fmt.Errorf("%dx%d: line %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
		}
	}
	return nil
}
