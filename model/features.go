package model

import (
	"math"
	"sync/atomic"

	"github.com/pytriage/pytriage/model/detect"
)

// FeatureVector holds one value per name of FeatureNames, in that order.
type FeatureVector []float64

// FeatureCap bounds a detector feature: the sum of its hits' strengths
// counts up to this many, so ten copies of one trick weigh as three.
const FeatureCap = 3

// Lexical feature names, after the detector features.
const (
	FeatMaxLineLog2    = "lex:max_line_log2"     // log2(1 + longest line in bytes)
	FeatLiteralEntropy = "lex:literal_entropy"   // bits/byte of the longest string literal (≥ 16 bytes)
	FeatNonASCII       = "lex:nonascii_fraction" // share of non-ASCII bytes in the text
	FeatStringFraction = "lex:string_fraction"   // share of the text inside string literals
	FeatLayers         = "lex:layers"            // decoded layers (capped at 5)
	FeatLayerDepth     = "lex:layer_depth"       // deepest decoded layer
	FeatTruncated      = "lex:truncated"         // 1 if the text ends inside a string or bracket
	FeatLimitsHit      = "lex:limits_hit"        // 1 if a size, depth or step cap triggered
	FeatSyntaxErrors   = "lex:syntax_errors"     // tokenizer errors (capped at 5)
	FeatOpaque         = "lex:opaque"            // 1 if packed, marshalled or pickled code was found
	FeatLinesLog2      = "lex:lines_log2"        // log2(1 + line count)
)

var lexicalNames = []string{
	FeatMaxLineLog2, FeatLiteralEntropy, FeatNonASCII, FeatStringFraction, FeatLayers, FeatLayerDepth,
	FeatTruncated, FeatLimitsHit, FeatSyntaxErrors, FeatOpaque, FeatLinesLog2,
}

// DetectorFeature is the feature name of a detector id.
func DetectorFeature(id string) string { return "det:" + id }

// FeatureNames is the fixed, ordered list of feature names: one per
// detector in registry order ("det:<id>", value = the capped sum of its
// hits' strengths over all layers), then the lexical statistics ("lex:…").
// The scorer trains over exactly these names.
func FeatureNames() []string {
	names := make([]string, 0, len(detect.Registry)+len(lexicalNames))
	for _, d := range detect.Registry {
		names = append(names, DetectorFeature(d.ID))
	}
	return append(names, lexicalNames...)
}

// featureNames is FeatureNames for internal use without allocating: built
// once, and rebuilt if the registry no longer matches (tests may swap it).
// Callers must not modify it.
var featureNames atomic.Pointer[[]string]

func cachedFeatureNames() []string {
	if p := featureNames.Load(); p != nil && namesMatchRegistry(*p) {
		return *p
	}
	names := FeatureNames()
	featureNames.Store(&names)
	return names
}

func namesMatchRegistry(names []string) bool {
	if len(names) != len(detect.Registry)+len(lexicalNames) {
		return false
	}
	for i, d := range detect.Registry {
		if n := names[i]; len(n) != 4+len(d.ID) || n[4:] != d.ID {
			return false
		}
	}
	return true
}

// Features analyses src and returns its feature vector (see FeatureNames)
// with the analysis behind it; Analysis.Report turns both into a Report.
func Features(src []byte) (FeatureVector, *Analysis) {
	a := analyse(string(src))
	return a.Vector, a
}

// vector fills the feature vector of an analysis.
func (a *Analysis) vector() {
	v := make(FeatureVector, len(detect.Registry)+len(lexicalNames))
	for d, sum := range a.strength {
		v[d] = math.Min(sum, FeatureCap)
	}
	n := len(detect.Registry)
	lex := []float64{
		math.Log2(1 + float64(a.maxLine)),
		a.literalEntropy,
		a.nonASCII,
		a.stringFraction,
		math.Min(float64(len(a.Layers)), 5),
		float64(a.maxDepth),
		b2f(a.Truncated),
		b2f(a.LimitsHit),
		math.Min(float64(a.syntaxErrors), 5),
		b2f(a.Opaque),
		math.Log2(1 + float64(a.LineCount)),
	}
	copy(v[n:], lex)
	a.Vector = v
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
