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
			if got := defsMap(tab); !reflect.DeepEqual(got, want) {
				t.Errorf("table gathered %d keys, map %d, or lists differ", len(got), len(want))
			}
			for k, l := range want { // and find, get agree with the map
				if i := tab.find(k); i < 0 || !reflect.DeepEqual(tab.get(k), l) || tab.keys[i] != k {
					t.Errorf("find(%v) = %d, get = %v, want %v", k, i, tab.get(k), l)
				}
			}
			for _, k := range []DefKey{{0, "absent"}, {7, "v0"}} {
				if i := tab.find(k); i >= 0 || tab.get(k) != nil {
					t.Errorf("find(%v) = %d for a key never defined", k, i)
				}
			}
			tab.release()
		})
	}
	var none *defTable // before bindings has run
	if none.find(DefKey{0, "x"}) >= 0 || none.get(DefKey{0, "x"}) != nil {
		t.Error("a nil table has definitions")
	}
}
