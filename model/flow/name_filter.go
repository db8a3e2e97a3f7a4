package flow

// nameFilter is a may-contain set of names, 128 bits wide: a clear bit
// proves a name absent, a set one proves nothing. Build asks Alias,
// AliasVia and consts about nearly every name it meets (each call's head,
// each assigned name) and most are in none of them, since those maps hold
// a script's few imports and constants; each question hashes the name,
// the filter answers most of them from the name's length and end bytes.
// A name deleted from its map keeps its bit: the filter only ever errs
// towards asking the map.
type nameFilter [2]uint64

// filterBit picks the bit of a name from its length and its first and
// last bytes, mixed by a multiplicative hash whose top 7 bits are used.
func filterBit(name string) (word int, bit uint64) {
	h := uint32(len(name)) << 16
	if name != "" {
		h |= uint32(name[0]) | uint32(name[len(name)-1])<<8
	}
	h = (h * 0x9e3779b1) >> 25
	return int(h >> 6), 1 << (h & 63)
}

func (f *nameFilter) add(name string) {
	w, b := filterBit(name)
	f[w] |= b
}

func (f *nameFilter) mayHave(name string) bool {
	w, b := filterBit(name)
	return f[w]&b != 0
}

// The accessors of Alias, AliasVia and consts keep each map's filter up to
// date; Build reads and writes the maps only through them.

func (p *Program) aliasOf(name string) (string, bool) {
	if !p.aliasF.mayHave(name) {
		return "", false
	}
	a, ok := p.Alias[name]
	return a, ok
}

func (p *Program) setAlias(name, ref string) {
	p.aliasF.add(name)
	p.Alias[name] = ref
}

func (p *Program) dropAlias(name string) {
	if p.aliasF.mayHave(name) {
		delete(p.Alias, name)
	}
}

func (p *Program) viaOf(name string) (lookup, bool) {
	if !p.viaF.mayHave(name) {
		return lookup{}, false
	}
	lk, ok := p.AliasVia[name]
	return lk, ok
}

func (p *Program) setVia(name string, lk lookup) {
	p.viaF.add(name)
	p.AliasVia[name] = lk
}

func (p *Program) dropVia(name string) {
	if p.viaF.mayHave(name) {
		delete(p.AliasVia, name)
	}
}

func (p *Program) constOf(name string) (obj, bool) {
	if !p.constF.mayHave(name) {
		return obj{}, false
	}
	o, ok := p.consts[name]
	return o, ok
}

func (p *Program) setConst(name string, o obj) {
	p.constF.add(name)
	p.consts[name] = o
}

func (p *Program) dropConst(name string) {
	if p.constF.mayHave(name) {
		delete(p.consts, name)
	}
}
