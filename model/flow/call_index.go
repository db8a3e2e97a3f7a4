package flow

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

// newCallIndex indexes calls by key(call).
func newCallIndex(calls []Call, key func(*Call) string) callIndex {
	if len(calls) == 0 {
		return callIndex{}
	}
	// distinct keys are typically under half the calls
	x := callIndex{id: make(map[string]int32, len(calls)/2+1)}
	of := make([]int32, len(calls))
	var count []int
	for k := range calls {
		s := key(&calls[k])
		i, ok := x.id[s]
		if !ok {
			i = int32(len(count))
			x.id[s] = i
			count = append(count, 0)
		}
		of[k] = i
		count[i]++
	}
	block := make([]int, len(calls))
	x.lists = make([][]int, len(count))
	off := 0
	for i, n := range count {
		x.lists[i] = block[off : off : off+n]
		off += n
	}
	for k, i := range of {
		x.lists[i] = append(x.lists[i], k)
	}
	return x
}
