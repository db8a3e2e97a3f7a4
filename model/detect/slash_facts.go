package detect

import "strings"

// Literal facts around '/': several detectors look for "://" or
// "/proc/self/…" in every literal, docstrings included, which is a scan of
// all the literal text each. One pass over each literal's slashes (a
// vector search skips the text between them) answers all of them.
const (
	slashURL     = 1 << iota // holds "://"
	slashProcFD              // holds "/proc/self/fd/"
	slashProcMem             // holds "/proc/self/mem"
)

// slashStrs returns the literals (up to MaxScanLiteral bytes) that have
// one of the facts in want and satisfy keep, in order, like strs.
func (c *Context) slashStrs(want uint8, keep func(v string) bool) []str {
	if c.slash == nil {
		c.slash = make([]uint8, len(c.P.Strings))
		for i, s := range c.P.Strings {
			if len(s.Value) <= MaxScanLiteral {
				c.slash[i] = slashFacts(s.Value)
			}
		}
	}
	var out []str
	for i, f := range c.slash {
		if f&want != 0 {
			if s := &c.P.Strings[i]; keep(s.Value) {
				out = append(out, str{s.Tok, s.Value})
			}
		}
	}
	return out
}

// slashFacts computes the facts of v.
func slashFacts(v string) uint8 {
	var f uint8
	for i := strings.IndexByte(v, '/'); i >= 0; {
		if i > 0 && v[i-1] == ':' && i+1 < len(v) && v[i+1] == '/' {
			f |= slashURL
		}
		if rest := v[i:]; strings.HasPrefix(rest, "/proc/self/") {
			if strings.HasPrefix(rest, "/proc/self/fd/") {
				f |= slashProcFD
			}
			if strings.HasPrefix(rest, "/proc/self/mem") {
				f |= slashProcMem
			}
		}
		j := strings.IndexByte(v[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return f
}
