package flow

import (
	"fmt"
	"testing"
)

// TestNameTableMatchesMap: the table gives the ids a map handing out ids in
// first-seen order gives, across growth, reuse after release and lookups of
// absent names.
func TestNameTableMatchesMap(t *testing.T) {
	var tab nameTable
	for _, tc := range []struct {
		name     string
		room     int // reset's estimate of the names
		names    int // distinct names added
		repeats  int // times each is added
		absent   []string
		released bool
	}{
		{"empty", 0, 0, 1, []string{"", "x"}, false},
		{"one", 1, 1, 3, []string{"n1", ""}, false},
		{"as estimated", 100, 100, 2, []string{"n100", "?"}, true},
		{"grows", 1, 5000, 2, []string{"n5000"}, true},
		{"reused smaller", 3, 40, 1, []string{"n40", "n4999"}, true},
		{"empty string name", 4, 1, 2, []string{"x"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab.reset(tc.room)
			want := map[string]int32{}
			name := func(k int) string {
				if tc.name == "empty string name" {
					return ""
				}
				return fmt.Sprintf("n%d", k)
			}
			for r := 0; r < tc.repeats; r++ {
				for k := 0; k < tc.names; k++ {
					n := name(k)
					id, added := tab.add(n)
					w, seen := want[n]
					if !seen {
						w = int32(len(want))
						want[n] = w
					}
					if id != w || added == seen {
						t.Fatalf("add(%q) = %d, %v; want %d, %v", n, id, added, w, !seen)
					}
				}
			}
			for n, w := range want {
				if got := tab.find(n); got != w {
					t.Fatalf("find(%q) = %d, want %d", n, got, w)
				}
			}
			for _, n := range tc.absent {
				if got := tab.find(n); got != -1 {
					t.Fatalf("find(%q) = %d, want -1", n, got)
				}
			}
			if tc.released {
				tab.release()
				for _, n := range tab.names[:cap(tab.names)] {
					if n != "" {
						t.Fatalf("released table still holds %q", n)
					}
				}
			}
		})
	}
	var zero nameTable // a Program without calls: never reset
	if got := zero.find("x"); got != -1 {
		t.Fatalf("zero table find = %d", got)
	}
}
