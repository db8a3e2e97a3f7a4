package jsonpane

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// kind is what one output line of the pretty-printed document holds.
type kind uint8

const (
	kindObject kind = iota // opening brace of an object (closing node at end)
	kindArray              // opening bracket of an array
	kindClose              // closing brace or bracket
	kindString
	kindNumber
	kindBool
	kindNull
	kindError // the rest of a document that did not parse
)

// node is one line of the pretty-printed document. Containers are an
// opening node and a closing node; folding a container hides the nodes
// between them.
type node struct {
	kind   kind
	depth  int32
	parent int32 // index of the enclosing opening node; -1 at top level
	end    int32 // opening node: index of its closing node; else itself
	index  int32 // position inside an array parent, -1 otherwise
	count  int32 // opening node: number of direct children; string: runes
	hasKey bool
	comma  bool   // a comma follows this value (on the closing node for containers)
	key    string // decoded key (raw, unescaped finding text)
	value  string // decoded string, number/bool/null literal, or error text
}

// maxDepth bounds nesting so a hostile document cannot blow the stack of
// anything that walks the tree; deeper content becomes an error node.
const maxDepth = 512

// parse pretty-prints raw JSON into nodes. It never fails: text that does
// not parse becomes a kindError node saying where and why (line:column),
// and open containers are closed so the tree stays well formed.
func parse(raw []byte) []node {
	p := parser{src: raw, line: 1, col: 1}
	p.run()
	return p.nodes
}

type parser struct {
	src   []byte
	pos   int
	line  int
	col   int
	nodes []node
	stack []int32 // opening nodes
	last  int32   // last completed value (gets the comma)
}

func (p *parser) run() {
	p.last = -1
	p.ws()
	if p.pos >= len(p.src) {
		p.fail("empty document")
		return
	}
	if !p.value("", false, -1) {
		return
	}
	for {
		p.ws()
		if len(p.stack) == 0 {
			if p.pos < len(p.src) {
				p.fail("trailing data after the top-level value")
			}
			return
		}
		top := p.stack[len(p.stack)-1]
		isObj := p.nodes[top].kind == kindObject
		if p.pos >= len(p.src) {
			p.fail("unexpected end of input")
			return
		}
		c := p.src[p.pos]
		switch {
		case c == ',':
			if p.last >= 0 {
				p.nodes[p.last].comma = true
			}
			p.adv(1)
			p.ws()
			if !p.member(top, isObj) {
				return
			}
		case isObj && c == '}', !isObj && c == ']':
			p.adv(1)
			p.close()
		default:
			want := "',' or ']'"
			if isObj {
				want = "',' or '}'"
			}
			p.fail(fmt.Sprintf("expected %s, found %s", want, p.describe()))
			return
		}
	}
}

// member parses the next member of container top (after '{', '[' or ',').
func (p *parser) member(top int32, isObj bool) bool {
	index := int32(-1)
	if !isObj {
		index = p.nodes[top].count
	}
	p.nodes[top].count++
	if !isObj {
		return p.value("", false, index)
	}
	if p.pos >= len(p.src) || p.src[p.pos] != '"' {
		p.fail("expected a quoted key, found " + p.describe())
		return false
	}
	k, ok := p.str()
	if !ok {
		return false
	}
	p.ws()
	if p.pos >= len(p.src) || p.src[p.pos] != ':' {
		p.fail("expected ':' after key, found " + p.describe())
		return false
	}
	p.adv(1)
	p.ws()
	return p.value(k, true, -1)
}

// value parses one value; containers are opened and their first member
// parsed, the loop in run carries on from there.
func (p *parser) value(k string, hasKey bool, index int32) bool {
	if p.pos >= len(p.src) {
		p.fail("unexpected end of input, expected a value")
		return false
	}
	n := node{depth: int32(len(p.stack)), parent: -1, index: index, hasKey: hasKey, key: k}
	if len(p.stack) > 0 {
		n.parent = p.stack[len(p.stack)-1]
	}
	switch c := p.src[p.pos]; {
	case c == '{' || c == '[':
		if len(p.stack) >= maxDepth {
			p.fail(fmt.Sprintf("nesting deeper than %d levels", maxDepth))
			return false
		}
		n.kind = kindObject
		closer := byte('}')
		if c == '[' {
			n.kind, closer = kindArray, ']'
		}
		p.adv(1)
		i := p.push(n)
		p.stack = append(p.stack, i)
		p.ws()
		if p.pos < len(p.src) && p.src[p.pos] == closer {
			p.adv(1)
			p.close()
			return true
		}
		return p.member(i, n.kind == kindObject)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return false
		}
		n.kind, n.value = kindString, s
		n.count = int32(min(utf8.RuneCountInString(s), math.MaxInt32))
	case c == '-' || c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.src) && strings.IndexByte("+-0123456789.eE", p.src[p.pos]) >= 0 {
			p.adv(1)
		}
		n.kind, n.value = kindNumber, string(p.src[start:p.pos])
	case p.lit("true"), p.lit("false"):
		n.kind = kindBool
		n.value = "true"
		if c == 'f' {
			n.value = "false"
		}
		p.adv(len(n.value))
	case p.lit("null"):
		n.kind, n.value = kindNull, "null"
		p.adv(4)
	default:
		p.fail("expected a value, found " + p.describe())
		return false
	}
	p.last = p.push(n)
	return true
}

func (p *parser) push(n node) int32 {
	i := int32(len(p.nodes))
	n.end = i
	p.nodes = append(p.nodes, n)
	return i
}

// close emits the closing node of the innermost open container.
func (p *parser) close() {
	open := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	o := &p.nodes[open]
	c := node{kind: kindClose, depth: o.depth, parent: o.parent, index: -1}
	i := p.push(c)
	p.nodes[open].end = i
	p.nodes[i].end = open
	p.last = i
}

// fail records why and where parsing stopped, then closes what is open.
func (p *parser) fail(reason string) {
	msg := fmt.Sprintf("%d:%d: %s", p.line, p.col, reason)
	n := node{kind: kindError, depth: int32(len(p.stack)), parent: -1, index: -1, value: msg}
	if len(p.stack) > 0 {
		n.parent = p.stack[len(p.stack)-1]
	}
	p.push(n)
	for len(p.stack) > 0 {
		p.close()
	}
}

func (p *parser) lit(s string) bool {
	return len(p.src)-p.pos >= len(s) && string(p.src[p.pos:p.pos+len(s)]) == s
}

// describe names the byte at the cursor for an error message (escaped by
// the renderer like any finding text).
func (p *parser) describe() string {
	if p.pos >= len(p.src) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.src[p.pos:])
	return fmt.Sprintf("%q", r)
}

// adv moves n bytes, keeping line and column (in runes) up to date.
func (p *parser) adv(n int) {
	for end := p.pos + n; p.pos < end && p.pos < len(p.src); {
		c := p.src[p.pos]
		if c == '\n' {
			p.line++
			p.col = 1
			p.pos++
			continue
		}
		_, size := utf8.DecodeRune(p.src[p.pos:])
		p.pos += size
		p.col++
	}
}

func (p *parser) ws() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.adv(1)
		default:
			return
		}
	}
}

// str decodes the string starting at the quote under the cursor. Escapes
// are decoded (\u001b becomes a real ESC, which the sanitiser then shows as
// ␛); raw control bytes and invalid UTF-8 are kept as they are, never
// replaced, so the renderer can show them as evidence.
func (p *parser) str() (string, bool) {
	startLine, startCol := p.line, p.col
	i := p.pos + 1
	// Fast path: no escapes.
	j := i
	for j < len(p.src) && p.src[j] != '"' && p.src[j] != '\\' {
		j++
	}
	if j < len(p.src) && p.src[j] == '"' {
		s := string(p.src[i:j])
		p.advString(j + 1)
		return s, true
	}
	var b strings.Builder
	b.Write(p.src[i:j])
	for j < len(p.src) {
		c := p.src[j]
		switch {
		case c == '"':
			p.advString(j + 1)
			return b.String(), true
		case c != '\\':
			b.WriteByte(c)
			j++
			continue
		}
		if j+1 >= len(p.src) {
			break
		}
		e := p.src[j+1]
		j += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n := hex4(p.src[j:])
			if n == 0 {
				b.WriteString(`\u`) // malformed: keep the text
				continue
			}
			j += n
			if utf16.IsSurrogate(r) {
				if r2, n2 := hex4After(p.src[j:]); n2 > 0 {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						j += n2
					}
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	p.line, p.col = startLine, startCol
	p.fail("unterminated string")
	return "", false
}

// advString moves to end; strings hold no raw newline in valid JSON, and a
// hostile one only shifts the reported column.
func (p *parser) advString(end int) {
	for p.pos < end {
		if p.src[p.pos] == '\n' {
			p.line++
			p.col = 1
			p.pos++
			continue
		}
		_, size := utf8.DecodeRune(p.src[p.pos:end])
		p.pos += size
		p.col++
	}
}

func hex4(b []byte) (rune, int) {
	if len(b) < 4 {
		return 0, 0
	}
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, 0
		}
	}
	return r, 4
}

// hex4After reads a `\uXXXX` low surrogate following a high one.
func hex4After(b []byte) (rune, int) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, 0
	}
	r, n := hex4(b[2:])
	if n == 0 {
		return 0, 0
	}
	return r, 6
}
