package flow

import "github.com/pytriage/pytriage/model/internal/reuse"

// Pools of the slices a Build fills and Release hands back, so a caller
// analysing many scripts reuses them instead of allocating and zeroing new
// ones each time (and the garbage collector runs less often): the tokens,
// comments, calls and their first block of arguments, and Build's private
// tables.
var (
	tokPool      staleSlices[Tok]            // Toks
	commentPool  staleSlices[Tok]            // Comments
	callAtPool   reuse.Slices[int32]         // callAt
	scopePool    reuse.Slices[int32]         // stmtScope
	eqPool       reuse.Slices[uint64]        // eqStmts
	candPool     reuse.Slices[int32]         // callCand
	callPool     reuse.Slices[Call]          // Calls
	argPool      reuse.Slices[Arg]           // the first argBlock
	stmtPool     reuse.Slices[Stmt]          // Stmts
	strPool      staleSlices[Str]            // Strings
	defIdxPool   reuse.Slices[int32]         // defIdx
	memoAtPool   reuse.Slices[uint64]        // memoAt
	memoMaps     reuse.Maps[Span, memoEntry] // memo
	defBlockPool reuse.Slices[Span]          // the first defBlock
	aliasMaps    reuse.Maps[string, string]  // Alias
	viaMaps      reuse.Maps[string, lookup]  // AliasVia
	constMaps    reuse.Maps[string, obj]     // consts
)

// Release gives p.Toks, p.Stmts, p.Strings, p.Comments, p.Calls (and their
// Args), p.Alias, p.AliasVia and Build's private tables back for reuse by
// a later Build, and sets them to nil.
// Call it only when nothing uses p (nor a Context built on it, nor a Call
// or Args slice taken from it) any more; strings and Decoded values taken
// out of p stay valid.
func (p *Program) Release() {
	if p == nil {
		return
	}
	// Toks, Comments and Strings are kept uncleared: the next Build that
	// takes one overwrites it and zeroes the rest (see staleSlices).
	tokPool.put(p.Toks)
	commentPool.put(p.Comments)
	callAtPool.Put(p.callAt)
	scopePool.Put(p.stmtScope)
	eqPool.Put(p.eqStmts) // bits: the next Build zeroes them
	candPool.Put(p.callCand)
	clear(p.Calls)
	callPool.Put(p.Calls)
	stmtPool.Put(p.Stmts)
	strPool.put(p.Strings)
	if p.argInFirst {
		p.argFirst = p.argBlock
	}
	clear(p.argFirst) // the part handed out as Args
	argPool.Put(p.argFirst)
	p.index.release()
	p.Toks, p.Comments, p.callAt, p.stmtScope, p.callCand, p.index = nil, nil, nil, nil, nil, nil
	p.Calls, p.argBlock, p.argFirst, p.argInFirst = nil, nil, nil, false
	p.Stmts, p.Strings, p.eqStmts = nil, nil, nil
	defIdxPool.Put(p.defIdx)
	memoAtPool.Put(p.memoAt)
	if p.defs != nil {
		p.defs.release()
	}
	memoMaps.Put(p.memo)
	p.defIdx, p.memoAt, p.defs, p.memo, p.keySeen = nil, nil, nil, nil, nil
	defBlockPool.Put(p.defFirst) // spans hold no pointers: nothing to clear
	p.defBlock, p.defFirst = nil, nil
	aliasMaps.Put(p.Alias) // Put clears them: no names of the script stay
	viaMaps.Put(p.AliasVia)
	constMaps.Put(p.consts)
	p.Alias, p.AliasVia, p.consts = nil, nil, nil
}

// newAliasMap, newViaMap and newConstMap return empty maps for Build,
// reused if pooled: growing three maps per script showed in the
// allocation profile.
func newAliasMap() map[string]string {
	if m := aliasMaps.Get(); m != nil {
		return m
	}
	return map[string]string{}
}

func newViaMap() map[string]lookup {
	if m := viaMaps.Get(); m != nil {
		return m
	}
	return map[string]lookup{}
}

func newConstMap() map[string]obj {
	if m := constMaps.Get(); m != nil {
		return m
	}
	return map[string]obj{}
}
