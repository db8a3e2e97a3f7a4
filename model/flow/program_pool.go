package flow

import "github.com/pytriage/pytriage/model/internal/reuse"

// Pools of the slices a Build fills and Release hands back, so a caller
// analysing many scripts reuses them instead of allocating and zeroing new
// ones each time (and the garbage collector runs less often): the tokens,
// comments, calls and their first block of arguments, and Build's private
// tables.
var (
	tokPool     reuse.Slices[Tok]           // Toks
	commentPool reuse.Slices[Tok]           // Comments
	callAtPool  reuse.Slices[int32]         // callAt
	scopePool   reuse.Slices[int32]         // stmtScope
	candPool    reuse.Slices[int32]         // callCand
	callPool    reuse.Slices[Call]          // Calls
	argPool     reuse.Slices[Arg]           // the first argBlock
	stmtPool    reuse.Slices[Stmt]          // Stmts
	strPool     reuse.Slices[Str]           // Strings
	defIdxPool  reuse.Slices[int32]         // defIdx
	memoAtPool  reuse.Slices[uint64]        // memoAt
	defsMaps    reuse.Maps[DefKey, []Span]  // Defs
	memoMaps    reuse.Maps[Span, memoEntry] // memo
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
	tokPool.Put(p.Toks)
	clear(p.Comments)
	commentPool.Put(p.Comments)
	callAtPool.Put(p.callAt)
	scopePool.Put(p.stmtScope)
	candPool.Put(p.callCand)
	clear(p.Calls)
	callPool.Put(p.Calls)
	stmtPool.Put(p.Stmts)
	clear(p.Strings)
	strPool.Put(p.Strings)
	if p.argInFirst {
		p.argFirst = p.argBlock
	}
	clear(p.argFirst) // the part handed out as Args
	argPool.Put(p.argFirst)
	p.index.release()
	p.Toks, p.Comments, p.callAt, p.stmtScope, p.callCand, p.index = nil, nil, nil, nil, nil, nil
	p.Calls, p.argBlock, p.argFirst, p.argInFirst = nil, nil, nil, false
	p.Stmts, p.Strings = nil, nil
	defIdxPool.Put(p.defIdx)
	memoAtPool.Put(p.memoAt)
	defsMaps.Put(p.Defs)
	memoMaps.Put(p.memo)
	p.defIdx, p.memoAt, p.Defs, p.memo = nil, nil, nil, nil
}

// newToks returns an empty Tok slice of capacity ≥ want, reused if one is
// pooled.
func newToks(want int) []Tok { return tokPool.Get(want) }
