package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
)

// decoderCall reports a call that decodes, decompresses or deserialises.
func decoderCall(k *flow.Call) bool {
	if _, ok := flow.Decoder(k.Func); ok {
		return true
	}
	switch k.Func {
	case "codecs.decode", "marshal.loads", "pickle.loads", "cPickle.loads", "dill.loads", "binascii.a2b_hex",
		"binascii.a2b_base64", "base64.decodestring", "zlib.decompressobj().decompress":
		return true
	}
	m := k.Method()
	return m == "decrypt" || strings.HasSuffix(k.Func, "Fernet().decrypt") || m == "decode" && len(k.Args) > 0 || m == "fromhex"
}

// runDecodeExec: exec/eval/compile (or an exec* reached by name lookup)
// whose argument flows from a decoder, or from a value folded through
// decoding or deobfuscation.
func runDecodeExec(c *Context) []Finding {
	var out []Finding
	for _, k := range c.calls(execFuncs...) {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		ls := lineSet{}
		ls.add(c.callLines(k)...)
		if d, ok := c.P.ReachesCall(a, decoderCall); ok {
			ls.add(c.callLines(d)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s runs text decoded by %s (line %d)", k.Func, d.Func, d.Line)})
			continue
		}
		if v, ok := c.P.Eval(a); ok && len(v.Chain) > 0 {
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
		if d, ok := c.P.ReachesCall(a, decoderCall); ok && d != k {
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
	for _, k := range c.P.CallsNamed("replace") {
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
