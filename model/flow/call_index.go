package flow

import "github.com/pytriage/pytriage/model/internal/reuse"

// callIndex maps a name to the indexes of the calls carrying it, in call
// order. It is built once all calls are known: one table from name to a
// small id and one block holding every list, instead of a map of
// separately grown slices.
type callIndex struct {
	id    nameTable
	lists [][]int // per id; sub-slices of one block, capacity = length
}

// get returns the calls named n (nil if none). The list is shared: read it,
// do not modify it.
func (x *callIndex) get(n string) []int {
	if i := x.id.find(n); i >= 0 {
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

// maxPooledNames bounds the name tables kept for reuse: clearing one costs
// in proportion to the most it ever held, which a small script should not
// pay for a big one.
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
	x.byFunc.id.reset(len(calls)/2 + 1) // distinct names are typically under half the calls
	x.byMeth.id.reset(len(calls)/4 + 1)
	x.of = grow(x.of, len(calls))
	x.meth, x.fCount, x.mCount = x.meth[:0], x.fCount[:0], x.mCount[:0]
	for k := range calls {
		i, added := x.byFunc.id.add(calls[k].Func) // ids are dense: i == len(x.fCount) when added
		if added {
			x.fCount = append(x.fCount, 0)
			j, added := x.byMeth.id.add(calls[k].Method())
			if added {
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
	x.byFunc.id.release()
	x.byMeth.id.release()
	indexPool.Put(x)
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
