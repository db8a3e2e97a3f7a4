package flow

import (
	"fmt"
	"reflect"
	"testing"
)

// TestDefTableMatchesMap: the table gathers what appending to a map of
// lists gathers, through its growth and its reuse from the pool.
func TestDefTableMatchesMap(t *testing.T) {
	for _, tt := range []struct {
		name       string
		hint, keys int
	}{
		{"empty", 8, 0},
		{"fits", 64, 20},
		{"grows", 1, 3000},
		{"reused", 8, 500},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tab := newDefTable(tt.hint)
			want := map[DefKey][]Span{}
			for i := 0; i < 3*tt.keys; i++ {
				k := DefKey{Scope: int32(i % 3), Name: fmt.Sprintf("v%d", i%tt.keys)}
				s := Span{i, i + 1}
				d := tab.list(k)
				*d = append(*d, s)
				want[k] = append(want[k], s)
			}
			if got := tab.defs(); !reflect.DeepEqual(got, want) {
				t.Errorf("table gathered %d keys, map %d, or lists differ", len(got), len(want))
			}
			tab.release()
		})
	}
}
