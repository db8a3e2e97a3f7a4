package pytoken

import "sync"

// Pools of the big slices of a Result, handed back by Result.Release, so
// that a caller classifying many scripts in a row (pytriage scan, the UI)
// reuses a few large slices instead of allocating and zeroing new ones per
// script (and the garbage collector runs less often). None of them holds
// pointers, so stale contents keep nothing alive.
var (
	tokenPool slicePool[Token]     // Tokens
	linePool  slicePool[int]       // LineStarts
	stmtPool  slicePool[Statement] // Statements
)

// Release gives r.Tokens, r.LineStarts and r.Statements back for reuse by
// a later Tokenize and sets them to nil. Call it only when nothing holds
// them any more (nor sub-slices of them); r.Text and every other field
// stay valid.
func (r *Result) Release() {
	if r == nil {
		return
	}
	tokenPool.put(r.Tokens)
	linePool.put(r.LineStarts)
	stmtPool.put(r.Statements)
	r.Tokens, r.LineStarts, r.Statements = nil, nil, nil
}

// newTokens returns an empty token slice of capacity ≥ want, reused if one
// is pooled. Tokens are filled whole by the scanner, so stale contents
// past len never show.
func newTokens(want int) []Token { return tokenPool.get(want) }

// slicePool keeps slices of T for reuse; a slice too small for a request
// is dropped, so the pool tends to hold the largest ones met.
type slicePool[T any] struct{ p sync.Pool }

func (sp *slicePool[T]) get(want int) []T {
	if v, ok := sp.p.Get().(*[]T); ok && cap(*v) >= want {
		return (*v)[:0]
	}
	return make([]T, 0, want)
}

func (sp *slicePool[T]) put(s []T) {
	if cap(s) == 0 {
		return
	}
	s = s[:0]
	sp.p.Put(&s)
}
