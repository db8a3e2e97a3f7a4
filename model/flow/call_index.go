package flow

import "github.com/pytriage/pytriage/model/internal/reuse"

// callIndex maps a name to the indexes of the calls carrying it, in call
// order. It is built once all calls are known: one map from name to a
// small id and one block holding every list, instead of a map of
// separately grown slices.
type callIndex struct {
	id    map[string]int32
	lists [][]int // per id; sub-slices of one block, capacity = length
}

// get returns the calls named n (nil if none). The list is shared: read it,
// do not modify it.
func (x *callIndex) get(n string) []int {
	if i, ok := x.id[n]; ok {
		return x.lists[i]
	}
	return nil
}

// callIndexes are the two indexes of a Program's calls, by Func and by
// Method, with the memory they are built in. Release pools them for the
// next Build: a script has hundreds of calls, and all of this is private.
type callIndexes struct {
	byFunc, byMeth callIndex
	block          []int   // backing store of both indexes' lists
	of             []int32 // call → func id
	meth           []int32 // func id → method id
	fCount, mCount []int   // calls per func id, per method id
}

var indexPool reuse.List[*callIndexes] // handed back by Release

// maxPooledNames bounds the maps kept for reuse: clearing a map costs in
// proportion to the most it ever held, which a small script should not pay
// for a big one.
const maxPooledNames = 2048

// newCallIndexes indexes calls by Func and by Method. Both in one pass:
// each call's Func is hashed once, and the method is derived once per
// distinct Func rather than once per call.
func newCallIndexes(calls []Call) *callIndexes {
	if len(calls) == 0 {
		return &callIndexes{}
	}
	x, _ := indexPool.Get()
	if x == nil {
		x = &callIndexes{}
	}
	x.byFunc.id = reuseMap(x.byFunc.id, len(calls)/2+1) // distinct names are typically under half the calls
	x.byMeth.id = reuseMap(x.byMeth.id, len(calls)/4+1)
	x.of = grow(x.of, len(calls))
	x.meth, x.fCount, x.mCount = x.meth[:0], x.fCount[:0], x.mCount[:0]
	for k := range calls {
		f := calls[k].Func
		i, ok := x.byFunc.id[f]
		if !ok {
			i = int32(len(x.fCount))
			x.byFunc.id[f] = i
			x.fCount = append(x.fCount, 0)
			m := calls[k].Method()
			j, ok := x.byMeth.id[m]
			if !ok {
				j = int32(len(x.mCount))
				x.byMeth.id[m] = j
				x.mCount = append(x.mCount, 0)
			}
			x.meth = append(x.meth, j)
		}
		x.of[k] = i
		x.fCount[i]++
		x.mCount[x.meth[i]]++
	}
	x.block = grow(x.block, 2*len(calls))
	x.byFunc.lists = carve(x.byFunc.lists, x.block[:len(calls)], x.fCount)
	x.byMeth.lists = carve(x.byMeth.lists, x.block[len(calls):], x.mCount)
	for k, i := range x.of {
		x.byFunc.lists[i] = append(x.byFunc.lists[i], k)
		j := x.meth[i]
		x.byMeth.lists[j] = append(x.byMeth.lists[j], k)
	}
	return x
}

// release pools x; nothing may use it afterwards.
func (x *callIndexes) release() {
	if x == nil || x.block == nil {
		return
	}
	if len(x.byFunc.id) > maxPooledNames || len(x.byMeth.id) > maxPooledNames {
		x.byFunc.id, x.byMeth.id = nil, nil
	}
	clear(x.byFunc.id) // drop the names, which hold on to the script's text
	clear(x.byMeth.id)
	indexPool.Put(x)
}

// reuseMap returns m (emptied by release), or a new map sized for n names.
func reuseMap(m map[string]int32, n int) map[string]int32 {
	if m == nil {
		return make(map[string]int32, n)
	}
	return m
}

// grow returns s resized to n elements (not zeroed), reallocated if short.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// carve cuts block into empty lists of capacity count[i] each, reusing
// lists' storage.
func carve(lists [][]int, block []int, count []int) [][]int {
	lists = grow(lists, len(count))
	off := 0
	for i, n := range count {
		lists[i] = block[off : off : off+n]
		off += n
	}
	return lists
}
