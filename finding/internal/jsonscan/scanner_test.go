package jsonscan

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseValid(t *testing.T) {
	tests := []struct {
		in    string
		kinds []Kind // preorder
	}{
		{`null`, []Kind{Null}},
		{` true `, []Kind{True}},
		{`-0.5e+3`, []Kind{Number}},
		{`"a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"`, []Kind{String}},
		{`{}`, []Kind{Object}},
		{`[]`, []Kind{Array}},
		{`{"a":[1,{"b":null}],"c":"d"}`, []Kind{Object, String, Array, Number, Object, String, Null, String, String}},
		{"[ 1 ,\n\t2 ]", []Kind{Array, Number, Number}},
		{`"é中😀"`, []Kind{String}},
	}
	for _, tt := range tests {
		var p Parser
		d, end, err := p.Parse([]byte(tt.in), 0)
		if err != nil {
			t.Errorf("%s: %v", tt.in, err)
			continue
		}
		if strings.TrimSpace(tt.in[end:]) != "" {
			t.Errorf("%s: end %d", tt.in, end)
		}
		var kinds []Kind
		for _, n := range d.Nodes {
			kinds = append(kinds, n.Kind)
		}
		if len(kinds) != len(tt.kinds) {
			t.Errorf("%s: kinds %v, want %v", tt.in, kinds, tt.kinds)
			continue
		}
		for i := range kinds {
			if kinds[i] != tt.kinds[i] {
				t.Errorf("%s: kinds %v, want %v", tt.in, kinds, tt.kinds)
				break
			}
		}
		if d.Nodes[0].Skip != len(d.Nodes) {
			t.Errorf("%s: root skip %d of %d nodes", tt.in, d.Nodes[0].Skip, len(d.Nodes))
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		p      Parser
		offset int
		reason string
		eof    bool
	}{
		{`{"a":1,"a":2}`, Parser{}, 7, `duplicate key "a"`, false},
		{`{"a":1,"\u0061":2}`, Parser{}, 7, `duplicate key "a"`, false},
		{`{"a":{"b":1},"c":{"b":2}}`, Parser{}, -1, "", false}, // same key in sibling objects is fine
		{"\"a\xffb\"", Parser{}, 2, "invalid UTF-8", false},
		{"\"\xed\xa0\x80\"", Parser{}, 1, "invalid UTF-8", false}, // encoded surrogate
		{`"\ud800"`, Parser{}, 1, "lone surrogate", false},
		{`"\udc00\ud800"`, Parser{}, 1, "lone surrogate", false},
		{`"\ud800\u0041"`, Parser{}, 1, "lone surrogate", false},
		{`"\x"`, Parser{}, 1, "invalid escape", false},
		{"\"a\nb\"", Parser{}, 2, "line break in string", false},
		{"\"a\rb\"", Parser{}, 2, "control character", false},
		{`[[[1]]]`, Parser{MaxDepth: 2}, 2, "nesting deeper than 2", false},
		{`[[1]]`, Parser{MaxDepth: 2}, -1, "", false},
		{`"abcdef"`, Parser{MaxString: 5}, 0, "string longer than 5 bytes", false},
		{`"abcde"`, Parser{MaxString: 5}, -1, "", false},
		{`{"a":1`, Parser{}, 6, "unexpected end of input", true},
		{`{"a":"xy`, Parser{}, 8, "unexpected end of input", true},
		{`[1,]`, Parser{}, 3, "invalid character ']'", false},
		{`{"a" 1}`, Parser{}, 5, "after object key", false},
		{`01`, Parser{}, -1, "", false}, // "0" parses; the caller sees "1" follow
		{`-`, Parser{}, 1, "unexpected end of input", true},
		{`1.`, Parser{}, 2, "unexpected end of input", true},
		{`tru`, Parser{}, 3, "unexpected end of input", true},
		{`trux`, Parser{}, 3, "in literal true", false},
		{`{a:1}`, Parser{}, 1, "looking for an object key", false},
	}
	for _, tt := range tests {
		p := tt.p
		_, _, err := p.Parse([]byte(tt.in), 0)
		if tt.offset < 0 {
			if err != nil {
				t.Errorf("%s: unexpected error %v", tt.in, err)
			}
			continue
		}
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: error %v, want %q", tt.in, err, tt.reason)
			continue
		}
		if e.Offset != tt.offset || !strings.Contains(e.Reason, tt.reason) || e.EOF != tt.eof {
			t.Errorf("%s: error at %d %q eof=%v, want at %d %q eof=%v", tt.in, e.Offset, e.Reason, e.EOF, tt.offset, tt.reason, tt.eof)
		}
	}
}

func TestDocAccess(t *testing.T) {
	var p Parser
	d, _, err := p.Parse([]byte(`{"na\u006de":"a\nb","list":[1,2],"x":null}`), 0)
	if err != nil {
		t.Fatal(err)
	}
	if v := d.Lookup(0, "name"); v < 0 || d.Str(v) != "a\nb" {
		t.Errorf("Lookup name = %d", v)
	}
	if v := d.Lookup(0, "nope", "list"); v < 0 || d.Kind(v) != Array || string(d.Bytes(v)) != "[1,2]" {
		t.Errorf("Lookup list = %d", v)
	}
	if d.Lookup(0, "missing") != -1 {
		t.Error("found a missing key")
	}
}

func TestSkip(t *testing.T) {
	tests := []struct {
		in  string
		end int
		ok  bool
	}{
		{`{"a":"}]\"","b":[1,{}]} tail`, 23, true},
		{`"x\"y",`, 6, true},
		{`123,`, 3, true},
		{`{"a":[}`, 0, false},
		{`{"a":1`, 0, false},
	}
	for _, tt := range tests {
		end, err := Skip([]byte(tt.in), 0)
		if (err == nil) != tt.ok || (tt.ok && end != tt.end) {
			t.Errorf("Skip(%s) = %d, %v; want %d ok=%v", tt.in, end, err, tt.end, tt.ok)
		}
	}
}

// FuzzParse checks the scanner against encoding/json: whatever it accepts
// is valid JSON, and the strings it decodes are valid UTF-8 and equal
// encoding/json's.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,"\u00e9",{"b":null}]}`, `"\ud83d\ude00"`, `{"a":1,"a":2}`, "\"\xff\"", `[1e5,-0.0,true]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := Parser{MaxDepth: 64, MaxString: 1 << 16}
		d, end, err := p.Parse(data, 0)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error type %T", err)
			}
			return
		}
		if SkipSpace(data, end) == len(data) && !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		for i, n := range d.Nodes {
			if n.Kind != String {
				continue
			}
			s := d.Str(i)
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 from %q", d.Bytes(i))
			}
			var want string
			if err := json.Unmarshal(d.Bytes(i), &want); err != nil || want != s {
				t.Fatalf("string %q decoded as %q, encoding/json says %q (%v)", d.Bytes(i), s, want, err)
			}
		}
		// Skip is structural: it agrees with Parse on the end of objects,
		// arrays and strings (scalars run to the next delimiter).
		if k := d.Kind(0); k != Object && k != Array && k != String {
			return
		}
		if e2, err := Skip(data, 0); err != nil || e2 != end {
			t.Fatalf("Skip end %d (%v), Parse end %d for %q", e2, err, end, data)
		}
	})
}

// TestErrorRule checks which faults leave the structure sound (Rule), so
// the loader knows when Skip can resume after them.
func TestErrorRule(t *testing.T) {
	for in, rule := range map[string]bool{
		`{"a":1,"a":2}`: true, "\"\xff\"": true, `"\ud800"`: true, `"\q"`: true, "\"\x01\"": true,
		`[1,]`: false, `{"a" 1}`: false, `{"a":1`: false, `nul`: false,
	} {
		var p Parser
		_, _, err := p.Parse([]byte(in), 0)
		e, ok := err.(*Error)
		if !ok || e.Rule != rule {
			t.Errorf("%q: error %v, want Rule=%v", in, err, rule)
		}
	}
}
