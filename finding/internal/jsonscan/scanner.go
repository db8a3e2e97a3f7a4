package jsonscan

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Kind is the JSON type of a node.
type Kind uint8

// Node kinds.
const (
	Invalid Kind = iota
	Null
	False
	True
	Number
	String
	Object
	Array
)

var kindNames = [...]string{"invalid", "null", "false", "true", "number", "string", "object", "array"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Node is one JSON value in preorder. An object's children alternate key
// (a String node) and value; Skip jumps over a whole subtree.
type Node struct {
	Start   int  // offset of the value's first byte in Doc.Buf (a string's opening quote)
	End     int  // offset just past the value's last byte
	Skip    int  // index of the first node after this node's subtree
	Kind    Kind //
	Escaped bool // a String holding backslash escapes
}

// Doc is a parsed value: Nodes[0] is the root. It is valid until the next
// Parse on the same Parser; Buf is the caller's slice, never copied.
type Doc struct {
	Buf   []byte
	Nodes []Node
}

// Error is a fault at a byte offset of the parsed slice.
type Error struct {
	Offset int
	Reason string
	// EOF is set when the input ended inside the value: more input may
	// complete it.
	EOF bool
	// Rule is set when the value's structure is sound but it breaks a rule
	// (duplicate key, bad string content, depth, size): Skip can still
	// find its end, so a reader can resume after it.
	Rule bool
}

func (e *Error) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Reason) }

// Parser parses JSON values within limits. Its zero value has no limits
// other than those of memory; reuse one Parser to reuse its node storage.
type Parser struct {
	MaxDepth  int // 0 means unlimited
	MaxString int // bytes of one string as encoded, quotes excluded; 0 means unlimited

	buf   []byte
	doc   Doc
	keys  []keyRef
	depth int
	err   Error
}

type keyRef struct{ node int }

// Parse parses the one value that starts at buf[i] (after optional
// whitespace) and returns it with the offset just past it. It does not
// look at what follows the value. On error the Doc is nil.
func (p *Parser) Parse(buf []byte, i int) (*Doc, int, error) {
	p.buf = buf
	p.doc.Buf = buf
	p.doc.Nodes = p.doc.Nodes[:0]
	p.keys = p.keys[:0]
	p.depth = 0
	i = SkipSpace(buf, i)
	end, ok := p.value(i)
	if !ok {
		e := p.err
		return nil, 0, &e
	}
	return &p.doc, end, nil
}

// SkipSpace returns the offset of the first non-whitespace byte at or after i.
func SkipSpace(buf []byte, i int) int {
	for i < len(buf) {
		switch buf[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (p *Parser) fail(off int, reason string) (int, bool) {
	p.err = Error{Offset: off, Reason: reason}
	return 0, false
}

// failRule reports a broken rule in a value whose structure is sound.
func (p *Parser) failRule(off int, reason string) (int, bool) {
	p.err = Error{Offset: off, Reason: reason, Rule: true}
	return 0, false
}

func (p *Parser) failEOF(off int, what string) (int, bool) {
	p.err = Error{Offset: off, Reason: "unexpected end of input in " + what, EOF: true}
	return 0, false
}

func (p *Parser) value(i int) (int, bool) {
	buf := p.buf
	if i >= len(buf) {
		return p.failEOF(i, "value")
	}
	switch c := buf[i]; c {
	case '{':
		return p.object(i)
	case '[':
		return p.array(i)
	case '"':
		n := len(p.doc.Nodes)
		p.doc.Nodes = append(p.doc.Nodes, Node{Start: i, Kind: String, Skip: n + 1})
		end, esc, ok := p.str(i)
		if !ok {
			return 0, false
		}
		nd := &p.doc.Nodes[n]
		nd.End, nd.Escaped = end, esc
		return end, true
	case 't':
		return p.literal(i, "true", True)
	case 'f':
		return p.literal(i, "false", False)
	case 'n':
		return p.literal(i, "null", Null)
	default:
		if c == '-' || (c >= '0' && c <= '9') {
			return p.number(i)
		}
		return p.fail(i, "invalid character "+quoteByte(c)+" looking for a value")
	}
}

func (p *Parser) literal(i int, lit string, k Kind) (int, bool) {
	buf := p.buf
	for j := 0; j < len(lit); j++ {
		if i+j >= len(buf) {
			return p.failEOF(i+j, "literal "+lit)
		}
		if buf[i+j] != lit[j] {
			return p.fail(i+j, "invalid character "+quoteByte(buf[i+j])+" in literal "+lit)
		}
	}
	n := len(p.doc.Nodes)
	p.doc.Nodes = append(p.doc.Nodes, Node{Start: i, End: i + len(lit), Kind: k, Skip: n + 1})
	return i + len(lit), true
}

func (p *Parser) number(i int) (int, bool) {
	buf := p.buf
	j := i
	if buf[j] == '-' {
		j++
	}
	digits := func(what string) bool {
		start := j
		for j < len(buf) && buf[j] >= '0' && buf[j] <= '9' {
			j++
		}
		if j == start {
			if j >= len(buf) {
				p.failEOF(j, "number")
			} else {
				p.fail(j, "invalid character "+quoteByte(buf[j])+" in number "+what)
			}
			return false
		}
		return true
	}
	if j < len(buf) && buf[j] == '0' {
		j++
	} else if !digits("") {
		return 0, false
	}
	if j < len(buf) && buf[j] == '.' {
		j++
		if !digits("fraction") {
			return 0, false
		}
	}
	if j < len(buf) && (buf[j] == 'e' || buf[j] == 'E') {
		j++
		if j < len(buf) && (buf[j] == '+' || buf[j] == '-') {
			j++
		}
		if !digits("exponent") {
			return 0, false
		}
	}
	n := len(p.doc.Nodes)
	p.doc.Nodes = append(p.doc.Nodes, Node{Start: i, End: j, Kind: Number, Skip: n + 1})
	return j, true
}

func (p *Parser) enter(i int) bool {
	p.depth++
	if p.MaxDepth > 0 && p.depth > p.MaxDepth {
		p.failRule(i, "nesting deeper than "+strconv.Itoa(p.MaxDepth))
		return false
	}
	return true
}

func (p *Parser) object(i int) (int, bool) {
	if !p.enter(i) {
		return 0, false
	}
	buf := p.buf
	n := len(p.doc.Nodes)
	p.doc.Nodes = append(p.doc.Nodes, Node{Start: i, Kind: Object})
	keyBase := len(p.keys)
	var seen map[string]struct{}
	j := SkipSpace(buf, i+1)
	if j < len(buf) && buf[j] == '}' {
		j++
	} else {
		for {
			if j >= len(buf) {
				return p.failEOF(j, "object")
			}
			if buf[j] != '"' {
				return p.fail(j, "invalid character "+quoteByte(buf[j])+" looking for an object key")
			}
			k := len(p.doc.Nodes)
			p.doc.Nodes = append(p.doc.Nodes, Node{Start: j, Kind: String, Skip: k + 1})
			end, esc, ok := p.str(j)
			if !ok {
				return 0, false
			}
			p.doc.Nodes[k].End, p.doc.Nodes[k].Escaped = end, esc
			if dup, ok := p.checkKey(k, keyBase, &seen); !ok {
				return p.failRule(j, "duplicate key "+quoteKey(dup))
			}
			j = SkipSpace(buf, end)
			if j >= len(buf) {
				return p.failEOF(j, "object")
			}
			if buf[j] != ':' {
				return p.fail(j, "invalid character "+quoteByte(buf[j])+" after object key")
			}
			j = SkipSpace(buf, j+1)
			if j, ok = p.value(j); !ok {
				return 0, false
			}
			j = SkipSpace(buf, j)
			if j >= len(buf) {
				return p.failEOF(j, "object")
			}
			if buf[j] == ',' {
				j = SkipSpace(buf, j+1)
				continue
			}
			if buf[j] == '}' {
				j++
				break
			}
			return p.fail(j, "invalid character "+quoteByte(buf[j])+" after object value")
		}
	}
	p.keys = p.keys[:keyBase]
	p.depth--
	nd := &p.doc.Nodes[n]
	nd.End, nd.Skip = j, len(p.doc.Nodes)
	return j, true
}

// smallObject is the key count up to which duplicates are found by
// comparing with every earlier key; past it a map takes over so a hostile
// object with a million keys stays linear.
const smallObject = 32

// checkKey reports whether the key node k is new in the object whose keys
// start at p.keys[base]; on a duplicate it returns the key text.
func (p *Parser) checkKey(k, base int, seen *map[string]struct{}) (string, bool) {
	nodes := p.doc.Nodes
	kn := nodes[k]
	if *seen != nil {
		s := p.doc.keyString(k)
		if _, dup := (*seen)[s]; dup {
			return s, false
		}
		(*seen)[s] = struct{}{}
		p.keys = append(p.keys, keyRef{k})
		return "", true
	}
	raw := p.buf[kn.Start+1 : kn.End-1]
	for _, o := range p.keys[base:] {
		on := nodes[o.node]
		if !on.Escaped && !kn.Escaped {
			if on.End-on.Start == kn.End-kn.Start && string(p.buf[on.Start+1:on.End-1]) == string(raw) {
				return string(raw), false
			}
			continue
		}
		if s := p.doc.keyString(k); p.doc.keyString(o.node) == s {
			return s, false
		}
	}
	p.keys = append(p.keys, keyRef{k})
	if len(p.keys)-base > smallObject {
		m := make(map[string]struct{}, 2*smallObject)
		for _, o := range p.keys[base:] {
			m[p.doc.keyString(o.node)] = struct{}{}
		}
		*seen = m
	}
	return "", true
}

func (d *Doc) keyString(k int) string {
	n := d.Nodes[k]
	if !n.Escaped {
		return string(d.Buf[n.Start+1 : n.End-1])
	}
	return string(Unescape(nil, d.Buf[n.Start+1:n.End-1]))
}

func (p *Parser) array(i int) (int, bool) {
	if !p.enter(i) {
		return 0, false
	}
	buf := p.buf
	n := len(p.doc.Nodes)
	p.doc.Nodes = append(p.doc.Nodes, Node{Start: i, Kind: Array})
	j := SkipSpace(buf, i+1)
	if j < len(buf) && buf[j] == ']' {
		j++
	} else {
		for {
			var ok bool
			if j, ok = p.value(j); !ok {
				return 0, false
			}
			j = SkipSpace(buf, j)
			if j >= len(buf) {
				return p.failEOF(j, "array")
			}
			if buf[j] == ',' {
				j = SkipSpace(buf, j+1)
				continue
			}
			if buf[j] == ']' {
				j++
				break
			}
			return p.fail(j, "invalid character "+quoteByte(buf[j])+" after array element")
		}
	}
	p.depth--
	nd := &p.doc.Nodes[n]
	nd.End, nd.Skip = j, len(p.doc.Nodes)
	return j, true
}

// plain marks the string bytes that need no attention: printable ASCII
// other than the quote and the backslash.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// str scans the string whose opening quote is at buf[i].
func (p *Parser) str(i int) (end int, esc bool, ok bool) {
	buf := p.buf
	j := i + 1
	for {
		for j+8 <= len(buf) {
			if !plain[buf[j]] || !plain[buf[j+1]] || !plain[buf[j+2]] || !plain[buf[j+3]] ||
				!plain[buf[j+4]] || !plain[buf[j+5]] || !plain[buf[j+6]] || !plain[buf[j+7]] {
				break
			}
			j += 8
		}
		for j < len(buf) && plain[buf[j]] {
			j++
		}
		if p.MaxString > 0 && j-i-1 > p.MaxString {
			p.failRule(i, "string longer than "+strconv.Itoa(p.MaxString)+" bytes")
			return 0, false, false
		}
		if j >= len(buf) {
			p.failEOF(j, "string")
			return 0, false, false
		}
		switch c := buf[j]; {
		case c == '"':
			return j + 1, esc, true
		case c == '\\':
			esc = true
			n, ok := p.escape(j)
			if !ok {
				return 0, false, false
			}
			j += n
		case c == '\n':
			// Not a Rule fault: a line break in a string is how a cut-short
			// line of JSON Lines looks, and Skip would run on into the next.
			p.fail(j, "line break in string")
			return 0, false, false
		case c < 0x20:
			p.failRule(j, "control character "+quoteByte(c)+" in string")
			return 0, false, false
		default:
			r, size := utf8.DecodeRune(buf[j:])
			if r == utf8.RuneError && size <= 1 {
				if !utf8.FullRune(buf[j:]) {
					p.failEOF(j, "string")
				} else {
					p.failRule(j, "invalid UTF-8 byte "+quoteByte(c)+" in string")
				}
				return 0, false, false
			}
			j += size
		}
	}
}

// escape validates the escape at buf[j] (a backslash) and returns its length.
func (p *Parser) escape(j int) (int, bool) {
	buf := p.buf
	if j+1 >= len(buf) {
		_, ok := p.failEOF(j, "string escape")
		return 0, ok
	}
	switch buf[j+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2, true
	case 'u':
		r, ok := p.hex4(j)
		if !ok {
			return 0, false
		}
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			_, ok := p.failRule(j, "lone surrogate \\u"+strconv.FormatInt(int64(r), 16)+" in string")
			return 0, ok
		case r >= 0xD800 && r <= 0xDBFF:
			if rest := buf[j+6:]; len(rest) < 2 && (len(rest) == 0 || rest[0] == '\\') {
				_, ok := p.failEOF(j, "string escape")
				return 0, ok
			}
			if buf[j+6] != '\\' || buf[j+7] != 'u' {
				_, ok := p.failRule(j, "lone surrogate \\u"+strconv.FormatInt(int64(r), 16)+" in string")
				return 0, ok
			}
			r2, ok := p.hex4(j + 6)
			if !ok {
				return 0, false
			}
			if r2 < 0xDC00 || r2 > 0xDFFF {
				_, ok := p.failRule(j, "lone surrogate \\u"+strconv.FormatInt(int64(r), 16)+" in string")
				return 0, ok
			}
			return 12, true
		}
		return 6, true
	default:
		_, ok := p.failRule(j, "invalid escape "+quoteByte(buf[j+1])+" in string")
		return 0, ok
	}
}

func (p *Parser) hex4(j int) (rune, bool) {
	buf := p.buf
	var r rune
	for k := j + 2; k < j+6; k++ {
		if k >= len(buf) {
			_, ok := p.failEOF(k, "string escape")
			return 0, ok
		}
		v := unhex(buf[k])
		if v < 0 {
			_, ok := p.failRule(k, "invalid character "+quoteByte(buf[k])+" in \\u escape")
			return 0, ok
		}
		r = r<<4 | v
	}
	return r, true
}

func unhex(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

func quoteByte(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("'\\x%02x'", c)
}

// quoteKey quotes a key for an error message, cut to 64 bytes on a rune
// boundary; strconv.Quote escapes every control and non-printable rune.
func quoteKey(s string) string {
	if len(s) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "…"
	}
	return strconv.Quote(s)
}
