package flow

import (
	"strings"
	"testing"
)

// TestTopItems: the room topItems gives a list is its item count for
// short lists, whatever the nesting, and stays bounded for long ones.
func TestTopItems(t *testing.T) {
	for _, tc := range []struct {
		src  string // "x = " and a group; the first item is one token
		want int
	}{
		{"x = [1]", 1},
		{"x = [1, 2, 3]", 3},
		{"x = [1, (2, 3), [4, 5, 6], {7: 8}]", 4},
		{"x = ('a', 'b',)", 3}, // a trailing comma: one more than needed
		{"x = f(1, k=2, *a)", 3},
		{"x = [1, g(2, 3)", 2}, // unclosed: up to the statement end
		{"x = [1" + strings.Repeat(", 2", 100) + "]", 1 + topItemsLook/2},
	} {
		p := build(tc.src)
		open := 2
		if p.Toks[open].Text != "[" && p.Toks[open].Text != "(" {
			open = 3 // f(
		}
		end := int(p.Toks[open].Match)
		if end < 0 {
			end = len(p.Toks)
		}
		e := evaluator{p: p, end: end}
		if got := e.topItems(open + 2); got != tc.want {
			t.Errorf("%s: topItems = %d, want %d", tc.src, got, tc.want)
		}
	}
}
