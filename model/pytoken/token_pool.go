package pytoken

import "sync"

// tokenPool keeps token slices handed back by Result.Release, so that a
// caller classifying many scripts in a row (pytriage scan, the UI) reuses
// one large slice instead of allocating and zeroing a new one per script.
var tokenPool sync.Pool // of *[]Token

// Release gives r.Tokens back for reuse by a later Tokenize and sets it to
// nil. Call it only when nothing holds r.Tokens any more (nor sub-slices of
// it); r.Text and every other field stay valid.
func (r *Result) Release() {
	if r == nil || cap(r.Tokens) == 0 {
		return
	}
	t := r.Tokens[:0]
	r.Tokens = nil
	tokenPool.Put(&t)
}

// newTokens returns an empty token slice of capacity ≥ want, reused if one
// is pooled. Tokens are filled whole by scanner.fill, so stale contents
// past len never show.
func newTokens(want int) []Token {
	if v, ok := tokenPool.Get().(*[]Token); ok && cap(*v) >= want {
		return (*v)[:0]
	}
	return make([]Token, 0, want)
}
