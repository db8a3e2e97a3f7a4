package model

import (
	"math"
	"sort"

	"github.com/pytriage/pytriage/model/detect"
)

// Hand-set fallback weights by detector kind and severity, used until
// model/weights.json holds trained weights. One critical threat alone
// crosses the alert threshold; one medium piece of evidence does not reach
// the suspicious one.
var handWeights = map[detect.Kind]map[detect.Severity]float64{
	detect.Capability: {detect.Info: 0.1, detect.Low: 0.3, detect.Medium: 0.5, detect.High: 0.8, detect.Critical: 1},
	detect.Evidence:   {detect.Info: 0.2, detect.Low: 0.5, detect.Medium: 1.0, detect.High: 1.8, detect.Critical: 3},
	detect.Threat:     {detect.Info: 0.5, detect.Low: 1.0, detect.Medium: 1.5, detect.High: 2.8, detect.Critical: 4.5},
}

// HandScorer is the fallback scorer: severity-based weights over the
// detector features, lexical features weigh truncation, limits and opaque
// code only.
func HandScorer() *Scorer {
	names := FeatureNames()
	w := make([]float64, len(names))
	for i, d := range detect.Registry {
		w[i] = handWeights[d.Kind][d.Severity]
	}
	for i, n := range names {
		switch n {
		case FeatTruncated, FeatLimitsHit:
			w[i] = 0.8
		case FeatOpaque:
			w[i] = 1.5
		}
	}
	s := &Scorer{Version: "hand-set", Names: names, W: w, Bias: -2.5, TAlert: 0.8, TLow: 0.35}
	_ = s.reindex()
	return s
}

// scorerFor picks the scorer: the one given, else the embedded trained
// one, else the hand-set fallback (with a note).
func scorerFor(s *Scorer) (*Scorer, string) {
	if s != nil {
		return s, ""
	}
	if d, err := DefaultScorer(); err == nil && len(d.Names) > 0 && d.Version != "untrained" {
		return d, ""
	}
	return HandScorer(), "weights.json is not trained yet: hand-set weights by detector severity were used"
}

// Report weighs an analysis with a scorer (nil: embedded or fallback).
// Each hit's Weight is its exact share of the logit: a detector feature is
// the capped sum of its hits' strengths, and each hit gets weight ×
// strength × (capped / uncapped sum). Line weights are sums of the hits
// covering them.
func (a *Analysis) Report(s *Scorer) *Report {
	s, note := scorerFor(s)
	names := cachedFeatureNames()
	z := s.Logit(names, a.Vector)
	p := Probability(z)
	r := &Report{
		Score: p, Verdict: s.VerdictFor(p), Layers: a.Layers, Truncated: a.Truncated, LimitsHit: a.LimitsHit,
		LineCount: a.LineCount, ModelVersion: s.Version,
	}
	r.Notes = append(r.Notes, a.Notes...)
	if note != "" {
		r.Notes = append(r.Notes, note)
	}
	for _, h := range a.Hits {
		d := detect.Registry[h.Detector]
		w := s.WeightOf(names[h.Detector])
		if sum := a.strength[h.Detector]; sum > 0 {
			w *= h.Strength * math.Min(sum, FeatureCap) / sum
		}
		r.Hits = append(r.Hits, Hit{
			Detector: d.ID, Title: d.Title, Techniques: h.Techniques, Severity: Severity(d.Severity),
			Lines: h.Lines, Weight: w, Message: h.Message, Layer: h.Layer,
		})
	}
	sort.SliceStable(r.Hits, func(i, j int) bool { return r.Hits[i].Weight > r.Hits[j].Weight })
	r.Lines = lineWeights(r.Hits)
	if r.Verdict == VerdictBenign && a.unanalysable() {
		r.Verdict = VerdictUnanalysable
	}
	return r
}

// unanalysable: opaque code, limits hit, tokenizer errors, or truncation —
// the text cannot vouch for itself (hostile-input.md req. 24).
func (a *Analysis) unanalysable() bool {
	return a.Opaque || a.LimitsHit || a.Truncated || a.syntaxErrors > 0
}

// lineWeights sums hit weights per line, highest first.
func lineWeights(hits []Hit) []LineWeight {
	idx := map[int]int{}
	var out []LineWeight
	for _, h := range hits {
		for _, l := range h.Lines {
			k, ok := idx[l]
			if !ok {
				k = len(out)
				idx[l] = k
				out = append(out, LineWeight{Line: l})
			}
			out[k].Weight += h.Weight
			if !containsString(out[k].Detectors, h.Detector) {
				out[k].Detectors = append(out[k].Detectors, h.Detector)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
