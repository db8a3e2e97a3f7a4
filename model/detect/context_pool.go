package detect

import (
	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/internal/reuse"
)

// contexts keeps released Contexts for the next script: a Context is
// about 1.5 KB with its name filters, and its lists (name indexes,
// literal and call facts, Run's result) are refilled for every script
// and layer, so they keep their room (see Release).
var contexts reuse.List[*Context]

// maxKeptLen bounds the elements of a list a released Context keeps, so
// that a huge script's lists go back to the garbage collector.
const maxKeptLen = 1 << 16

// NewContext wraps a program for the detectors. Call Release when done
// with the Context and with what Run returned.
func NewContext(p *flow.Program, layer int) *Context {
	c, ok := contexts.Get()
	if !ok {
		c = new(Context)
	}
	c.P, c.Res, c.Layer = p, p.Res, layer
	return c
}

// Release hands c back for a later NewContext. Neither c nor the slice
// Run returned may be used afterwards; the Findings in it may (they share
// nothing with c).
func (c *Context) Release() {
	clear(c.out)
	kept := Context{
		scan:      nameScan{obfuscated: emptied(c.scan.obfuscated), packer: emptied(c.scan.packer)},
		litHits:   emptied(c.litHits),
		callFacts: emptied(c.callFacts),
		slash:     emptied(c.slash),
		out:       c.out[:0],
	}
	for k, l := range c.common {
		kept.common[k] = emptied(l)
	}
	if len(c.nameIdx) <= reuse.MaxMapLen {
		clear(c.nameIdx)
		kept.nameIdx = c.nameIdx
	}
	*c = kept
	contexts.Put(c)
}

// emptied is s emptied for reuse, or nil if it grew too big to keep.
func emptied[T any](s []T) []T {
	if cap(s) > maxKeptLen {
		return nil
	}
	return s[:0]
}

// grow returns s resized to n zero elements, reusing its room if it has
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
