package detect

import "strings"

// Literal facts: several detectors look for "://" or "/proc/self/…" in
// every literal, docstrings included, which is a scan of all the literal
// text each. One pass over each literal's slashes (a vector search skips
// the text between them) answers all of them. The same pass notes the
// literals that can pass the cheap first tests of other detectors' walks
// over every literal (strs), so that those walks skip the rest.
const (
	slashURL      = 1 << iota // holds "://"
	slashProcFD               // holds "/proc/self/fd/"
	slashProcMem              // holds "/proc/self/mem"
	litSystemFile             // starts with "/proc/net/" or is "/etc/passwd" (runDiscovery)
	litWalletLen              // 95 or 42 to 62 bytes long (runMining's wallet test)
	litShortUpper             // at most 12 bytes, no ASCII lower-case letter (runEnvHarvest)
	litLong                   // its value or its token text is 100 bytes or more (runLongBlob)
)

// slashStrs returns the literals (up to MaxScanLiteral bytes) that have
// one of the facts in want and satisfy keep, in order, like strs.
func (c *Context) slashStrs(want uint8, keep func(v string) bool) []str {
	c.scanLiterals()
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

// litFacts computes the facts of v that are not about its slashes.
func litFacts(v string) uint8 {
	var f uint8
	if strings.HasPrefix(v, "/proc/net/") || v == "/etc/passwd" {
		f |= litSystemFile
	}
	if len(v) == 95 || len(v) >= 42 && len(v) <= 62 {
		f |= litWalletLen
	}
	if len(v) <= 12 {
		f |= litShortUpper
		for i := 0; i < len(v); i++ {
			if 'a' <= v[i] && v[i] <= 'z' {
				f &^= litShortUpper
				break
			}
		}
	}
	return f
}
