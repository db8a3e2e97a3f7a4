package pytoken

import "github.com/pytriage/pytriage/model/internal/reuse"

// Pools of the big slices of a Result, handed back by Result.Release, so
// that a caller classifying many scripts in a row (pytriage scan, the UI)
// reuses a few large slices instead of allocating and zeroing new ones per
// script (and the garbage collector runs less often). None of them holds
// pointers, so stale contents keep nothing alive.
var (
	tokenPool reuse.Slices[Token]     // Tokens
	linePool  reuse.Slices[int]       // LineStarts
	stmtPool  reuse.Slices[Statement] // Statements
)

// Release gives r.Tokens, r.LineStarts and r.Statements back for reuse by
// a later Tokenize and sets them to nil. Call it only when nothing holds
// them any more (nor sub-slices of them); r.Text and every other field
// stay valid.
func (r *Result) Release() {
	if r == nil {
		return
	}
	tokenPool.Put(r.Tokens)
	linePool.Put(r.LineStarts)
	stmtPool.Put(r.Statements)
	r.Tokens, r.LineStarts, r.Statements = nil, nil, nil
}

// newTokens returns an empty token slice of capacity ≥ want, reused if one
// is pooled. Tokens are filled whole by the scanner, so stale contents
// past len never show.
func newTokens(want int) []Token { return tokenPool.Get(want) }
