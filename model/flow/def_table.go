package flow

import (
	"hash/maphash"

	"github.com/pytriage/pytriage/model/internal/reuse"
)

// defTable holds the definitions: bindings gathers them in it, and from
// then on it answers DefsOf and Reaches. A map of lists would cost two map
// operations per definition (read the list, store it back longer), grow as
// it fills, and hash a DefKey per lookup with the generic hasher; here a
// list is found by one probe of an open-addressing table, and each key has
// a dense index (Reaches marks the keys it followed by that index).
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

// find returns the index of k in t.keys, or -1 if k has no definitions.
// A nil table (before bindings has run, or after Release) has none.
func (t *defTable) find(k DefKey) int32 {
	if t == nil {
		return -1
	}
	mask := len(t.slots) - 1
	for i := int(hashKey(k)) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if kk := &t.keys[s-1]; kk.Scope == k.Scope && kk.Name == k.Name {
			return s - 1
		}
	}
}

// get returns the definitions of k (nil if none).
func (t *defTable) get(k DefKey) []Span {
	if i := t.find(k); i >= 0 {
		return t.lists[i]
	}
	return nil
}
