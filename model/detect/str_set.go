package detect

// strSet is a set of strings for the per-call questions detectors ask
// about every call (isProcess, isExec, isFetch). Most calls are in no set,
// so a 4096-bit filter on length and first and last byte answers them
// without hashing the name; the map decides the rest.
type strSet struct {
	filter [64]uint64
	m      map[string]bool
}

func setOf(list []string) *strSet {
	s := &strSet{m: make(map[string]bool, len(list))}
	for _, v := range list {
		s.m[v] = true
		k := strKey(v)
		s.filter[k>>6] |= 1 << (k & 63)
	}
	return s
}

func strKey(v string) uint32 {
	if v == "" {
		return 0
	}
	return (uint32(len(v))*131 + uint32(v[0])*31 + uint32(v[len(v)-1])) & 4095
}

// has reports whether v is in the set.
func (s *strSet) has(v string) bool { return s.hasKey(v, strKey(v)) }

// hasKey is has for a v whose strKey is known.
func (s *strSet) hasKey(v string, k uint32) bool {
	if s.filter[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	return s.m[v]
}
