package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/model/unwrap"
)

// decoderCall reports a call that decodes, decompresses or deserialises.
func (c *Context) decoderCall(k *flow.Call) bool {
	if _, ok := flow.Decoder(k.Func); ok {
		return true
	}
	if k.Func == "eval" {
		if v, ok := c.argValue(k, 0, ""); ok && anyOf(v.S, "b64decode", "decompress", "unhexlify", "fromhex", "marshal", "b85decode", "b32decode") != "" {
			return true
		}
	}
	switch k.Func {
	case "codecs.decode", "marshal.loads", "pickle.loads", "cPickle.loads", "dill.loads", "binascii.a2b_hex",
		"binascii.a2b_base64", "base64.decodestring", "zlib.decompressobj().decompress":
		return true
	}
	m := k.Method()
	return m == "decrypt" || strings.HasSuffix(k.Func, "Fernet().decrypt") || m == "fromhex" || m == "decode" && c.py2Codec(k)
}

// py2Codec: a Python 2 style str.decode('base64'|'hex'|'zlib'|'rot13').
func (c *Context) py2Codec(k *flow.Call) bool {
	v, ok := c.argValue(k, 0, "encoding")
	if !ok {
		return false
	}
	switch strings.ToLower(v.S) {
	case "base64", "base_64", "hex", "hex_codec", "zlib", "zip", "rot13", "rot_13", "bz2", "base64_codec":
		return true
	}
	return false
}

// literalFed: a decoder's input is embedded in the script — it folds to a
// constant or comes from a long literal — rather than read from a file.
func (c *Context) literalFed(k *flow.Call) bool {
	a, ok := k.Arg(0, "")
	if !ok {
		a = k.Callee // b"...".decode("base64")
	}
	if _, ok := c.P.Eval(a); ok {
		return true
	}
	return c.blobIn(a)
}

// blobIn: a span reaches an encoded-looking literal of 24+ characters.
func (c *Context) blobIn(s flow.Span) bool {
	_, ok := c.P.Reaches(s, func(i int) bool {
		t := c.P.Toks[i]
		if t.Kind != pytoken.String || len(t.Text) < 24 {
			return false
		}
		v, _, ok := pytoken.StringValue(t.Text)
		return ok && (unwrap.GuessString(v) != "" || len(v) >= 48 && !strings.ContainsAny(v, " \n") && Entropy(v) > 4.5)
	})
	return ok
}

// obfuscatedChain: a value was decoded or built from character codes,
// reversal or XOR — not merely joined or written as a literal.
func obfuscatedChain(chain []string) bool {
	for _, c := range chain {
		if c != "join" && c != "literal" {
			return true
		}
	}
	return false
}

// runDecodeExec: exec/eval/compile (or an exec* reached by name lookup)
// whose argument flows from a decoder, or from a value folded through
// decoding or deobfuscation.
func runDecodeExec(c *Context) []Finding {
	var out []Finding
	for _, k := range c.execCalls() {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		ls := lineSet{}
		ls.add(c.callLines(k)...)
		blob := c.blobIn(a)
		if d, ok := c.P.ReachesCall(a, func(k *flow.Call) bool { return c.decoderCall(k) && (blob || c.literalFed(k)) }); ok {
			ls.add(c.callLines(d)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s runs text decoded by %s (line %d)", k.Func, d.Func, d.Line)})
			continue
		}
		if v, ok := c.P.Eval(a); ok && obfuscatedChain(v.Chain) {
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s runs text built by %s", k.Func, strings.Join(v.Chain, "→"))})
		}
	}
	return out
}

// runOpaqueCode: marshal/pickle deserialisation of embedded or decoded
// data, or loading .pyc bytes — code the classifier cannot read.
func runOpaqueCode(c *Context) []Finding {
	var out []Finding
	for _, k := range c.calls("marshal.loads", "pickle.loads", "cPickle.loads", "dill.loads", "_pickle.loads", "marshal.load", "importlib._bootstrap_external._code_to_timestamp_pyc") {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		if _, ok := c.P.Eval(a); ok {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " of an embedded blob: opaque code"})
			continue
		}
		if d, ok := c.P.ReachesCall(a, c.decoderCall); ok && d != k {
			ls := lineSet{}
			ls.add(c.callLines(k)...)
			ls.add(c.callLines(d)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s of data decoded by %s: opaque code", k.Func, d.Func)})
		}
	}
	return out
}

// runCodeObject: building functions from code objects or swapping them.
func runCodeObject(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, k := range c.calls("types.FunctionType", "types.CodeType", "FunctionType", "CodeType", "types.LambdaType") {
		ls.add(c.callLines(k)...)
		why = append(why, k.Func)
	}
	for _, k := range c.callsNamed("replace") {
		if _, ok := k.Arg(-1, "co_code"); ok {
			ls.add(c.callLines(k)...)
			why = append(why, "CodeType.replace(co_code=…)")
		}
	}
	for _, i := range c.names("__code__") {
		if i+1 < len(c.P.Toks) && c.P.Is(i+1, "=") && i > 0 && c.P.Is(i-1, ".") {
			ls.add(c.tokLines(i)...)
			why = append(why, "__code__ swap")
		}
	}
	if len(why) == 0 {
		return nil
	}
	return one(ls, "constructs or swaps code objects: "+strings.Join(uniq(why), ", "))
}

func uniq(s []string) []string {
	var out []string
	for _, x := range s {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
