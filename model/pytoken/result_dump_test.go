package pytoken

// Full-Result check for performance work on the tokenizer, which must not
// change anything it computes: PYTOKEN_DUMP_OUT=file writes a digest of
// every field of the Result (tokens, field tokens, statements, line
// starts, flags, tricks, errors, notes) for each script of a broad corpus
// and of variants of it (CRLF and lone-CR line ends, cut in the middle,
// randomly edited with the bytes that steer the tokenizer);
// PYTOKEN_DUMP_CHECK=file fails on the first script whose digest differs
// from an earlier dump. Skipped when neither is set (machine-dependent
// inputs, so nothing is committed).
//
//	PYTOKEN_DUMP_OUT=/tmp/tok-before.txt go test -run TestResultDump ./model/pytoken/
//	# … optimise …
//	PYTOKEN_DUMP_CHECK=/tmp/tok-before.txt go test -run TestResultDump ./model/pytoken/

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/internal/dumpcheck"
)

func TestResultDump(t *testing.T) {
	out, check := os.Getenv("PYTOKEN_DUMP_OUT"), os.Getenv("PYTOKEN_DUMP_CHECK")
	if out == "" && check == "" {
		t.Skip("PYTOKEN_DUMP_OUT / PYTOKEN_DUMP_CHECK not set")
	}
	paths := dumpcheck.Paths(
		"testdata", "../corpus", "../testdata", "../detect/testdata", "../unwrap/testdata", "../flow/testdata",
		"../../samples/scripts", "/usr/lib/python3.11", "/root/.pyenv/versions/3.13.0/lib/python3.13",
		"/root/.pyenv/versions/2.7.18/lib/python2.7",
	)
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if v, ok := fuzzInput(src); ok {
			src = v
		}
		variants := [][]byte{
			src,
			bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")),
			bytes.ReplaceAll(src, []byte("\n"), []byte("\r")),
			src[:len(src)/2],
		}
		variants = append(variants, mutants(rng, src)...)
		for i, v := range variants {
			fmt.Fprintf(&b, "%s %d %x\n", p, i, resultDigest(Tokenize(v)))
		}
		fmt.Fprintf(&b, "%s text %x\n", p, resultDigest(TokenizeText(string(src))))
	}
	// Inputs at the caps: tokens, field tokens, tricks, nesting.
	for i, src := range []string{
		strings.Repeat("x, ", 600_000),
		strings.Repeat("f'{a}{b!r}{c:>{w}}'; ", 90_000) + strings.Repeat("y ", 200_000),
		strings.Repeat("(", 300) + strings.Repeat("\u200b", 12_000),
		strings.Repeat("f'{", 40) + "x" + strings.Repeat("}'", 40),
		strings.Repeat("if x:\n\tif y:\n        z\n", 50_000) + strings.Repeat("\ufeffa\r", 9_000),
	} {
		fmt.Fprintf(&b, "cap %d %x\n", i, resultDigest(Tokenize([]byte(src))))
	}
	dumpcheck.Settle(t, b.String(), check, out)
	t.Logf("%d files", len(paths))
}

// fuzzInput reads a one-value "go test fuzz v1" corpus file.
func fuzzInput(src []byte) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(src, []byte("go test fuzz v1\n"))
	if !ok {
		return nil, false
	}
	s := strings.TrimSpace(string(rest))
	s, ok = strings.CutPrefix(s, "[]byte(")
	if !ok {
		return nil, false
	}
	v, err := strconv.Unquote(strings.TrimSuffix(s, ")"))
	return []byte(v), err == nil
}

// resultDigest hashes every field of res, unexported ones included.
func resultDigest(res *Result) []byte {
	h := sha256.New()
	ints := func(vs ...int) {
		for _, v := range vs {
			binary.Write(h, binary.LittleEndian, int64(v))
		}
	}
	str := func(s string) { ints(len(s)); h.Write([]byte(s)) }
	tok := func(t Token) {
		ints(int(t.Start), int(t.End), int(t.Line), int(t.Col), int(t.EndLine), int(t.Kind))
		binary.Write(h, binary.LittleEndian, t.Keyword)
	}
	str(res.Text)
	ints(len(res.Tokens))
	for _, t := range res.Tokens {
		tok(t)
	}
	ints(len(res.FieldTokens))
	for _, t := range res.FieldTokens {
		tok(t.Token)
		ints(t.String)
	}
	ints(len(res.LineStarts))
	ints(res.LineStarts...)
	ints(len(res.Statements))
	for _, s := range res.Statements {
		ints(s.StartLine, s.EndLine, s.First, s.Last)
	}
	binary.Write(h, binary.LittleEndian, []bool{res.Truncated, res.LimitsHit, res.BOM})
	str(res.Encoding)
	str(res.Cookie)
	ints(res.CookieLine)
	str(res.EncodingNote)
	ints(len(res.NonASCIIIdents))
	ints(res.NonASCIIIdents...)
	ints(len(res.NFKCChanged))
	ints(res.NFKCChanged...)
	ints(len(res.Tricks))
	for _, t := range res.Tricks {
		str(t.Kind)
		ints(t.Offset, t.Line, int(t.Rune))
	}
	ints(len(res.Errors))
	for _, e := range res.Errors {
		ints(e.Offset, e.Line, e.Col)
		str(e.Msg)
	}
	f := res.Flags
	binary.Write(h, binary.LittleEndian, []bool{f.NonASCIIIdent, f.NFKCChanged, f.HangulFiller, f.InvalidUTF8,
		f.NullByte, f.InconsistentDedent, f.UnterminatedString, f.MixedIndent, f.TricksCapped})
	ints(len(res.srcLineOut))
	ints(res.srcLineOut...)
	return h.Sum(nil)
}

// mutants returns two copies of (a piece of) src with random edits made of
// the bytes that steer the tokenizer: quotes, prefixes, braces, escapes,
// line ends, indentation, controls and non-ASCII runes.
func mutants(rng *rand.Rand, src []byte) [][]byte {
	pieces := []string{"'", "\"", "'''", `"""`, "f'", "rb\"", "t'", "{", "}", "{{", "\\", "\\\n", "\n", "\r", "\r\n",
		"\t", "    ", "\f", "#", "(", ")", "[", "]", ";", ":", "!", "=", ".", "...", "0x", "1e", "_", "match ", "case ",
		"type ", "\u200b", "\u202e", "é", "\xff", "\x00", "\x1b", "\u3164", "ｅｘｅｃ", "\\N{", "\u2028", "f\"{x!r:>{w}}\""}
	if len(src) > 16<<10 {
		start := rng.Intn(len(src) - 16<<10)
		src = src[start : start+16<<10]
	}
	var out [][]byte
	for range 2 {
		m := append([]byte{}, src...)
		for range 1 + rng.Intn(8) {
			at := rng.Intn(len(m) + 1)
			p := pieces[rng.Intn(len(pieces))]
			rest := m[at:]
			if rng.Intn(4) == 0 { // overwrite rather than insert
				rest = rest[min(len(p), len(rest)):]
			}
			m = append(m[:at:at], append([]byte(p), rest...)...)
		}
		out = append(out, m)
	}
	return out
}
