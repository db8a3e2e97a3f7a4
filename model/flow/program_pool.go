package flow

import "sync"

// tokPool keeps Tok slices handed back by Program.Release, so a caller
// analysing many scripts reuses one slice instead of zeroing a new one each
// time.
var tokPool sync.Pool // of *[]Tok

// Release gives p.Toks back for reuse by a later Build and sets it to nil.
// Call it only when nothing uses p (nor a Context built on it) any more;
// values already taken out of p (strings, Decoded, Calls) stay valid.
func (p *Program) Release() {
	if p == nil || cap(p.Toks) == 0 {
		return
	}
	t := p.Toks
	clear(t) // drop the references to this script's text
	p.Toks = nil
	t = t[:0]
	tokPool.Put(&t)
}

// newToks returns an empty Tok slice of capacity ≥ want, reused if one is
// pooled.
func newToks(want int) []Tok {
	if v, ok := tokPool.Get().(*[]Tok); ok && cap(*v) >= want {
		return (*v)[:0]
	}
	return make([]Tok, 0, want)
}
