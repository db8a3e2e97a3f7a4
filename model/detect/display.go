package detect

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pytriage/pytriage/model/pytoken"
)

// hostileTricks are the trick kinds that hide or reorder text.
var hostileTricks = map[string]bool{
	pytoken.TrickBidi: true, pytoken.TrickInvisible: true, pytoken.TrickLoneCR: true, pytoken.TrickEscape: true,
	pytoken.TrickC1: true, pytoken.TrickControl: true, pytoken.TrickLineSeparator: true,
}

// runDisplayTricks: bidi controls, invisible characters, lone CR, escape
// and control bytes anywhere, comments included (CVE-2021-42574; T1027,
// T1036).
func runDisplayTricks(c *Context) []Finding {
	ls := lineSet{}
	counts := map[string]int{}
	for _, t := range c.Res.Tricks {
		if !hostileTricks[t.Kind] {
			continue
		}
		ls.add(t.Line)
		counts[t.Kind]++
	}
	if len(counts) == 0 {
		return nil
	}
	var parts []string
	for k, n := range counts {
		parts = append(parts, fmt.Sprintf("%s×%d", k, n))
	}
	sort.Strings(parts)
	f := one(ls, "display tricks: "+strings.Join(parts, ", "))
	f[0].Techniques = []string{"T1564"} // text hidden from a reader
	if counts[pytoken.TrickBidi] > 0 {
		f[0].Techniques = []string{"T1036.002", "T1564"} // right-to-left override
	}
	return f
}

// runEncodingCookie: a PEP 263 cookie other than UTF-8/ASCII/Latin-1 —
// utf-7 and unicode_escape make comments run as code (T1027).
func runEncodingCookie(c *Context) []Finding {
	ck := strings.ToLower(strings.ReplaceAll(c.Res.Cookie, "_", "-"))
	switch ck {
	case "", "utf-8", "utf8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "utf-8-sig":
		return nil
	}
	line := c.Res.CookieLine
	if line == 0 {
		line = 1
	}
	msg := "encoding cookie " + quote(c.Res.Cookie)
	if c.Res.EncodingNote != "" {
		msg += ": " + c.Res.EncodingNote
	}
	return []Finding{{Lines: []int{line}, Message: msg}}
}
