package flow

import "sync"

// Pools of the slices a Build fills and Release hands back, so a caller
// analysing many scripts reuses them instead of allocating and zeroing new
// ones each time (and the garbage collector runs less often): the tokens,
// comments, calls and their first block of arguments, and Build's private
// tables.
var (
	tokPool     slicePool[Tok]           // Toks
	commentPool slicePool[Tok]           // Comments
	callAtPool  slicePool[int32]         // callAt
	scopePool   slicePool[int32]         // stmtScope
	candPool    slicePool[int32]         // callCand
	callPool    slicePool[Call]          // Calls
	argPool     slicePool[Arg]           // the first argBlock
	stmtPool    slicePool[Stmt]          // Stmts
	strPool     slicePool[Str]           // Strings
	defIdxPool  slicePool[int32]         // defIdx
	memoAtPool  slicePool[uint64]        // memoAt
	defsMaps    mapPool[DefKey, []Span]  // Defs
	memoMaps    mapPool[Span, memoEntry] // memo
)

// Release gives p.Toks, p.Stmts, p.Strings, p.Comments, p.Calls (and their
// Args) and Build's private tables back for reuse by a later Build, and
// sets them to nil.
// Call it only when nothing uses p (nor a Context built on it, nor a Call
// or Args slice taken from it) any more; strings and Decoded values taken
// out of p stay valid.
func (p *Program) Release() {
	if p == nil {
		return
	}
	clear(p.Toks) // drop the references to this script's text
	tokPool.put(p.Toks)
	clear(p.Comments)
	commentPool.put(p.Comments)
	callAtPool.put(p.callAt)
	scopePool.put(p.stmtScope)
	candPool.put(p.callCand)
	clear(p.Calls)
	callPool.put(p.Calls)
	stmtPool.put(p.Stmts)
	clear(p.Strings)
	strPool.put(p.Strings)
	if p.argInFirst {
		p.argFirst = p.argBlock
	}
	clear(p.argFirst) // the part handed out as Args
	argPool.put(p.argFirst)
	p.index.release()
	p.Toks, p.Comments, p.callAt, p.stmtScope, p.callCand, p.index = nil, nil, nil, nil, nil, nil
	p.Calls, p.argBlock, p.argFirst, p.argInFirst = nil, nil, nil, false
	p.Stmts, p.Strings = nil, nil
	defIdxPool.put(p.defIdx)
	memoAtPool.put(p.memoAt)
	defsMaps.put(p.Defs)
	memoMaps.put(p.memo)
	p.defIdx, p.memoAt, p.Defs, p.memo = nil, nil, nil, nil
}

// newToks returns an empty Tok slice of capacity ≥ want, reused if one is
// pooled.
func newToks(want int) []Tok { return tokPool.get(want) }

// slicePool keeps slices for reuse. A pooled slice too small for a request
// is dropped, so the pool comes to hold slices as big as the biggest
// scripts need.
type slicePool[T any] struct{ p sync.Pool } // of *[]T

// get returns an empty slice of capacity ≥ want.
func (sp *slicePool[T]) get(want int) []T {
	if v, ok := sp.p.Get().(*[]T); ok && cap(*v) >= want {
		return (*v)[:0]
	}
	return make([]T, 0, want)
}

// zeroed returns a slice of n zero values.
func (sp *slicePool[T]) zeroed(n int) []T {
	s := sp.get(n)[:n]
	clear(s)
	return s
}

// put pools s, which the caller no longer uses. Elements that hold
// pointers must have been cleared.
func (sp *slicePool[T]) put(s []T) {
	if cap(s) == 0 {
		return
	}
	s = s[:0]
	sp.p.Put(&s)
}

// mapPool keeps emptied maps for reuse. Clearing a map costs in proportion
// to the room it grew, so maps past maxPooledMap entries are dropped rather
// than cleared for every later script.
type mapPool[K comparable, V any] struct{ p sync.Pool } // of map[K]V

const maxPooledMap = 4096

// get returns an empty map, or nil if none is pooled.
func (mp *mapPool[K, V]) get() map[K]V {
	m, _ := mp.p.Get().(map[K]V)
	return m
}

// put empties m and pools it.
func (mp *mapPool[K, V]) put(m map[K]V) {
	if m == nil || len(m) > maxPooledMap {
		return
	}
	clear(m)
	mp.p.Put(m)
}
