package flow

// memoized reports whether some memo entry starts at token start. Most
// spans evalObj is asked about were never memoised (only folds and costly
// failures are), so a bit per token spares them hashing a Span to miss.
func (p *Program) memoized(start int) bool {
	w := start >> 6
	return w < len(p.memoAt) && p.memoAt[w]&(1<<(start&63)) != 0
}

// memoize records e as the evaluation of s.
func (p *Program) memoize(s Span, e memoEntry) {
	if p.memo == nil {
		if p.memo = memoMaps.Get(); p.memo == nil {
			p.memo = map[Span]memoEntry{}
		}
		p.memoAt = memoAtPool.Zeroed((len(p.Toks) + 63) >> 6)
	}
	p.memo[s] = e
	p.memoAt[s.Start>>6] |= 1 << (s.Start & 63)
}
