package model

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/pytriage/pytriage/model/detect"
	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/model/unwrap"
)

// Caps of the analysis beyond those of unwrap and flow.
const (
	MaxLayers     = 64      // decoded layers kept per script
	MaxLayerText  = 1 << 20 // bytes of decoded text kept for display per layer
	minBlob       = 40      // shortest literal tried as an encoded blob
	littleVisible = 3       // statements below which a truncated script shows too little
)

// RawHit is one detector finding before scoring.
type RawHit struct {
	Detector int // index in detect.Registry
	Lines    []int
	Message  string
	Strength float64
	Layer    int
	// Techniques: the ATT&CK ids the finding shows (Finding.TechniquesOf).
	Techniques []string
}

// Analysis is everything the classifier found in a script before the
// scorer weighs it: hits from every layer, the decoded layers, the limits
// met, and the feature vector.
type Analysis struct {
	Hits      []RawHit
	Layers    []Layer
	Truncated bool
	LimitsHit bool
	// Opaque: packed, marshalled or pickled code was found — the script
	// cannot be read in full and is never benign.
	Opaque    bool
	Notes     []string
	LineCount int
	Vector    FeatureVector

	strength       []float64 // per detector: sum of strengths
	maxLine        int
	literalEntropy float64
	nonASCII       float64
	stringFraction float64
	maxDepth       int
	syntaxErrors   int
	statements     int
	budget         *unwrap.Budget
	seenLayers     map[uint64]bool
}

// Analyze classifies a script with the embedded weights (model/weights.json);
// if those are not trained yet it falls back to hand-set weights per
// detector severity and says so in Report.Notes.
func Analyze(src []byte) *Report {
	return AnalyzeStringWith(string(src), nil)
}

// AnalyzeWith classifies a script with the given scorer (nil: the embedded
// one, or the hand-set fallback).
func AnalyzeWith(src []byte, s *Scorer) *Report {
	return AnalyzeStringWith(string(src), s)
}

// AnalyzeString is Analyze for a script already held in a string (a
// finding's contents, a file read into a string), which saves copying it.
func AnalyzeString(src string) *Report {
	return AnalyzeStringWith(src, nil)
}

// AnalyzeStringWith is AnalyzeWith for a script held in a string.
func AnalyzeStringWith(src string, s *Scorer) *Report {
	return analyse(src).Report(s)
}

func analyse(src string) *Analysis {
	a := &Analysis{
		strength:   make([]float64, len(detect.Registry)),
		budget:     unwrap.NewBudget(),
		seenLayers: map[uint64]bool{},
	}
	res := pytoken.TokenizeString(src)
	a.LineCount = len(res.LineStarts)
	a.Truncated = res.Truncated
	a.syntaxErrors = len(res.Errors)
	if res.LimitsHit {
		a.LimitsHit = true
		a.Notes = append(a.Notes, "tokenizer limits hit: the text was not fully tokenized")
	}
	if res.EncodingNote != "" {
		a.Notes = append(a.Notes, res.EncodingNote)
	}
	a.lexical(res)
	a.statements = a.layer(res, 0, 0, nil)
	if a.Truncated {
		a.Notes = append(a.Notes, "input is truncated (ends inside a string, bracket or continuation)")
	}
	if a.syntaxErrors > 0 {
		a.Notes = append(a.Notes, fmt.Sprintf("%d tokenizer errors: the text is not valid Python as written", a.syntaxErrors))
	}
	if a.budget.LimitsHit {
		a.LimitsHit = true
	}
	for _, r := range a.budget.Reasons {
		a.Notes = append(a.Notes, "limits hit: "+r)
	}
	if a.Opaque {
		a.Notes = append(a.Notes, "opaque code (packer, marshal or pickle): the real behaviour is not visible")
	}
	a.vector()
	return a
}

// layer analyses one text: the original (depth 0) or a decoded layer whose
// hits are all placed on anchor, the line of the outermost blob. It
// returns the text's number of statements.
func (a *Analysis) layer(res *pytoken.Result, depth, anchor int, chain []string) int {
	p := flow.Build(res, a.budget)
	if p.LimitsHit {
		if !a.LimitsHit {
			a.Notes = append(a.Notes, "data-flow limits hit: some values were not folded")
		}
		a.LimitsHit = true
	}
	ctx := detect.NewContext(p, depth)
	for d, fs := range detect.Run(ctx) {
		for _, f := range fs {
			h := RawHit{Detector: d, Lines: f.Lines, Message: f.Message, Strength: f.Strength, Layer: depth, Techniques: f.TechniquesOf(&detect.Registry[d])}
			if h.Strength == 0 {
				h.Strength = 1
			}
			if depth > 0 {
				h.Lines = []int{anchor}
				h.Message += fmt.Sprintf(" [decoded layer %d: %s]", depth, strings.Join(chain, "→"))
			}
			a.add(h)
		}
	}
	ctx.Release() // the hits keep nothing of it
	a.unwrapLayers(p, depth, anchor, chain)
	statements := len(p.Stmts)
	// Nothing below keeps tokens, statements, strings or calls: hand the
	// big slices back for the next script.
	p.Release()
	res.Release()
	return statements
}

func (a *Analysis) add(h RawHit) {
	a.Hits = append(a.Hits, h)
	a.strength[h.Detector] += h.Strength
	if detect.Registry[h.Detector].Opaque {
		a.Opaque = true
	}
}

// blob is a candidate for static unwrapping.
type blob struct {
	line  int
	data  []byte
	chain []string
}

// unwrapLayers decodes the values the data flow decoded or built, and long
// literals that look encoded, then analyses those that are Python.
func (a *Analysis) unwrapLayers(p *flow.Program, depth, anchor int, chain []string) {
	var blobs []blob
	for _, d := range p.Decoded {
		blobs = append(blobs, blob{d.Line, []byte(d.Value.S), d.Chain})
	}
	for _, s := range p.Strings {
		if len(s.Value) >= minBlob && unwrap.GuessString(s.Value) != "" {
			blobs = append(blobs, blob{int(p.Toks[s.Tok].Line), []byte(s.Value), nil})
		}
	}
	for _, b := range blobs {
		line := b.line
		if depth > 0 {
			line = anchor
		}
		if depth+1 > a.budget.MaxDepth {
			a.budget.Hit(fmt.Sprintf("decoded layers nested deeper than %d", a.budget.MaxDepth))
			return
		}
		if a.budget.Exhausted() {
			a.budget.Hit("decode budget spent")
			return
		}
		out, more, kind := unwrap.Peel(b.data, a.budget)
		enc := append(append(append([]string{}, chain...), b.chain...), more...)
		if len(b.chain) == 0 && len(more) == 0 {
			continue // a plain literal that decodes to nothing
		}
		if kind == unwrap.Binary || kind == unwrap.Text && len(more) == 0 && !hasCodec(b.chain) {
			continue
		}
		key := fnv.New64a()
		key.Write(out)
		if a.seenLayers[key.Sum64()] {
			continue
		}
		a.seenLayers[key.Sum64()] = true
		if len(a.Layers) >= MaxLayers {
			a.budget.Hit(fmt.Sprintf("more than %d decoded layers", MaxLayers))
			return
		}
		text := out
		if len(text) > MaxLayerText {
			text = text[:MaxLayerText]
		}
		l := Layer{Line: line, Depth: depth + 1, Encoding: enc, Text: string(text), Python: kind == unwrap.Python}
		if kind.Opaque() {
			l.Encoding = append(l.Encoding, kind.String())
			a.add(RawHit{Detector: detect.ByID("opaque-code"), Lines: []int{line}, Strength: 1, Layer: depth + 1,
				Message: fmt.Sprintf("decoded blob (%s) is a %s stream: opaque code", strings.Join(enc, "→"), kind)})
		}
		a.Layers = append(a.Layers, l)
		if depth+1 > a.maxDepth {
			a.maxDepth = depth + 1
		}
		if kind == unwrap.Python {
			a.layer(pytoken.Tokenize(out), depth+1, line, enc)
		}
	}
}

// hasCodec: the chain holds a real decoder, not only chr/join builders.
func hasCodec(chain []string) bool {
	for _, c := range chain {
		switch c {
		case "chr", "join", "bytes-list", unwrap.Reverse:
		default:
			return true
		}
	}
	return false
}

// lexical computes the text statistics of the original text.
func (a *Analysis) lexical(res *pytoken.Result) {
	text := res.Text
	prev := 0
	for _, s := range res.LineStarts[min(1, len(res.LineStarts)):] {
		if s-prev > a.maxLine {
			a.maxLine = s - prev
		}
		prev = s
	}
	if len(text)-prev > a.maxLine {
		a.maxLine = len(text) - prev
	}
	non := res.HighBytes
	strBytes, longest := 0, -1
	var longestLen int32 // the size of res.Tokens[longest]
	errTokens := 0
	// This loop visits every token of every script: it reads each token
	// in place (no copy) and keeps the longest literal's size at hand.
	toks := res.Tokens
	for i := range toks {
		switch t := &toks[i]; t.Kind {
		case pytoken.Error:
			errTokens++ // bytes that form no token: CPython would reject the file
		case pytoken.String:
			n := t.End - t.Start
			strBytes += int(n)
			if longest < 0 || n > longestLen {
				longest, longestLen = i, n
			}
		}
	}
	if len(res.Errors) == 0 {
		a.syntaxErrors += errTokens
	}
	if len(text) > 0 {
		a.nonASCII = float64(non) / float64(len(text))
		a.stringFraction = float64(strBytes) / float64(len(text))
	}
	if longest >= 0 {
		if v, _, _ := pytoken.StringValue(res.TokenText(longest)); len(v) >= 16 {
			if len(v) > 1<<16 {
				v = v[:1<<16]
			}
			a.literalEntropy = detect.Entropy(v)
		}
	}
}
