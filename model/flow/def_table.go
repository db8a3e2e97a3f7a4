package flow

import (
	"hash/maphash"

	"github.com/pytriage/pytriage/model/internal/reuse"
)

// defTable gathers the definitions while bindings runs; Defs is made from
// it once they are all known. Recording a definition in Defs itself costs
// two map operations (read the list, store it back longer) and the map
// grows as it fills; here the list is found by one probe of an
// open-addressing table, and Defs is then filled once, sized exactly.
type defTable struct {
	slots []int32 // 0 empty, else 1 + index in keys; a power of two long
	keys  []DefKey
	lists [][]Span // per key, its definitions
}

// defSeed seeds the table's hash; it is set once, at start-up.
var defSeed = maphash.MakeSeed()

// defTablePool keeps tables between Builds (see release).
var defTablePool reuse.List[*defTable]

// newDefTable returns an empty table for about n keys, reused if one is
// pooled.
func newDefTable(n int) *defTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t, _ := defTablePool.Get()
	if t == nil {
		t = &defTable{}
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	if cap(t.keys) < n {
		t.keys, t.lists = make([]DefKey, 0, n), make([][]Span, 0, n)
	}
	return t
}

// maxPooledDefs bounds the tables kept for reuse: a huge script's table
// would be cleared by every small one after it.
const maxPooledDefs = 1 << 14

// release empties t and pools it; nothing may use t afterwards.
func (t *defTable) release() {
	if len(t.slots) > 2*maxPooledDefs || len(t.keys) > maxPooledDefs {
		return
	}
	clear(t.keys) // drop the names and lists, which hold on to the script
	clear(t.lists)
	t.keys, t.lists = t.keys[:0], t.lists[:0]
	defTablePool.Put(t)
}

// list returns the definitions of k, a new empty list if k has none. The
// pointer is valid until the next call.
func (t *defTable) list(k DefKey) *[]Span {
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int(hashKey(k)) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.keys = append(t.keys, k)
			t.lists = append(t.lists, nil)
			t.slots[i] = int32(len(t.keys))
			return &t.lists[len(t.lists)-1]
		}
		if kk := &t.keys[s-1]; kk.Scope == k.Scope && kk.Name == k.Name {
			return &t.lists[s-1]
		}
	}
}

// grow doubles the slots and places the keys again.
func (t *defTable) grow() {
	t.slots = make([]int32, 2*len(t.slots))
	mask := len(t.slots) - 1
	for k := range t.keys {
		i := int(hashKey(t.keys[k])) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(k + 1)
	}
}

func hashKey(k DefKey) uint64 {
	return maphash.String(defSeed, k.Name) ^ uint64(uint32(k.Scope))*0x9e3779b97f4a7c15
}

// defs returns the map of the definitions gathered.
func (t *defTable) defs() map[DefKey][]Span {
	m := defsMaps.Get()
	if m == nil {
		m = make(map[DefKey][]Span, len(t.keys))
	}
	for k, key := range t.keys {
		m[key] = t.lists[k]
	}
	return m
}
