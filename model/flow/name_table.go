package flow

import "hash/maphash"

// nameTable gives the distinct names of a script's calls small dense ids,
// in the order they are first seen. It replaces a map[string]int32 in the
// call index: newCallIndexes looks up every call's name and every new
// name's method, and the generic map's probe and bookkeeping cost several
// times this table's one hash and a probe or two (the table is kept at
// most half full). The layout is defTable's.
type nameTable struct {
	slots []int32  // 0 empty, else 1 + id; a power of two long
	names []string // per id
}

// nameSeed seeds the table's hash; it is set once, at start-up, so hostile
// names cannot be chosen to collide.
var nameSeed = maphash.MakeSeed()

// reset empties t (already cleared by release) and makes room for about
// n names.
func (t *nameTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	t.names = t.names[:0]
}

// add returns the id of name, giving it the next id if it has none; added
// reports that it was new.
func (t *nameTable) add(name string) (id int32, added bool) {
	if 2*(len(t.names)+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int(maphash.String(nameSeed, name)) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			id = int32(len(t.names))
			t.names = append(t.names, name)
			t.slots[i] = id + 1
			return id, true
		}
		if t.names[s-1] == name {
			return s - 1, false
		}
	}
}

// find returns the id of name, or -1.
func (t *nameTable) find(name string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := len(t.slots) - 1
	for i := int(maphash.String(nameSeed, name)) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if t.names[s-1] == name {
			return s - 1
		}
	}
}

// grow doubles the slots (16 at first) and places the names again.
func (t *nameTable) grow() {
	t.slots = make([]int32, max(2*len(t.slots), 16))
	mask := len(t.slots) - 1
	for k, name := range t.names {
		i := int(maphash.String(nameSeed, name)) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(k + 1)
	}
}

// release drops the names, which hold on to the script's text, and the
// slots of a table too big to clear for every later script.
func (t *nameTable) release() {
	clear(t.names)
	t.names = t.names[:0]
	if len(t.slots) > 4*maxPooledNames {
		t.slots = nil
	}
	if cap(t.names) > maxPooledNames {
		t.names = nil
	}
}
