package model

import (
	"math"
	"sort"
)

// Confusion counts script-level outcomes at one threshold.
type Confusion struct{ TP, FP, TN, FN int }

// ConfusionAt classifies score ≥ t as malicious.
func ConfusionAt(scores []float64, y []bool, t float64) Confusion {
	var c Confusion
	for i, s := range scores {
		switch pred := s >= t; {
		case pred && y[i]:
			c.TP++
		case pred && !y[i]:
			c.FP++
		case !pred && y[i]:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

// Precision is TP/(TP+FP); 0 when nothing was predicted positive.
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN).
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// FPR is FP/(FP+TN).
func (c Confusion) FPR() float64 { return ratio(c.FP, c.FP+c.TN) }

// F1 is the harmonic mean of precision and recall.
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// MCC is Matthews' correlation coefficient (0 when undefined).
func (c Confusion) MCC() float64 {
	tp, fp, tn, fn := float64(c.TP), float64(c.FP), float64(c.TN), float64(c.FN)
	den := math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
	if den == 0 {
		return 0
	}
	return (tp*tn - fp*fn) / den
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ROCAUC is the area under the ROC curve: the probability that a random
// malicious script scores above a random benign one, ties counting half
// (Mann–Whitney U with mid-ranks).
func ROCAUC(scores []float64, y []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	var rankSum float64
	var npos, nneg int
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		mid := float64(i+j+1) / 2 // mean of 1-based ranks i+1..j
		for k := i; k < j; k++ {
			if y[idx[k]] {
				rankSum += mid
			}
		}
		i = j
	}
	for _, v := range y {
		if v {
			npos++
		} else {
			nneg++
		}
	}
	if npos == 0 || nneg == 0 {
		return 0
	}
	return (rankSum - float64(npos*(npos+1))/2) / float64(npos*nneg)
}

// Brier is the mean squared error of probabilities against 0/1 labels.
func Brier(p []float64, y []bool) float64 {
	var s float64
	for i, v := range p {
		t := 0.0
		if y[i] {
			t = 1
		}
		s += (v - t) * (v - t)
	}
	if len(p) == 0 {
		return 0
	}
	return s / float64(len(p))
}

// CalibrationBin is one bucket of a reliability table.
type CalibrationBin struct {
	Lo, Hi    float64
	N         int
	MeanScore float64 // mean predicted probability in the bucket
	Rate      float64 // observed fraction malicious
}

// Reliability buckets probabilities into n equal-width bins.
func Reliability(p []float64, y []bool, n int) []CalibrationBin {
	bins := make([]CalibrationBin, n)
	for i := range bins {
		bins[i].Lo = float64(i) / float64(n)
		bins[i].Hi = float64(i+1) / float64(n)
	}
	for i, v := range p {
		b := int(v * float64(n))
		if b >= n {
			b = n - 1
		}
		if b < 0 {
			b = 0
		}
		bins[b].N++
		bins[b].MeanScore += v
		if y[i] {
			bins[b].Rate++
		}
	}
	for i := range bins {
		if bins[i].N > 0 {
			bins[i].MeanScore /= float64(bins[i].N)
			bins[i].Rate /= float64(bins[i].N)
		}
	}
	return bins
}

// TopKHit reports whether any of the k highest-weighted lines (ties broken
// by line number) with positive weight is a labelled line.
func TopKHit(lines []LineWeight, labelled []int, k int) bool {
	ls := append([]LineWeight(nil), lines...)
	sort.SliceStable(ls, func(i, j int) bool {
		if ls[i].Weight != ls[j].Weight {
			return ls[i].Weight > ls[j].Weight
		}
		return ls[i].Line < ls[j].Line
	})
	want := map[int]bool{}
	for _, l := range labelled {
		want[l] = true
	}
	for i := 0; i < len(ls) && i < k; i++ {
		if ls[i].Weight > 0 && want[ls[i].Line] {
			return true
		}
	}
	return false
}

// SetCounts accumulates multi-label true/false positives and false
// negatives, in total (micro average) and per label (macro average). The
// zero value is ready.
type SetCounts struct {
	TP, FP, FN int
	Per        map[string]LabelCounts // per label
}

// LabelCounts are one label's counts in a SetCounts.
type LabelCounts struct{ TP, FP, FN int }

// F1 is 2TP/(2TP+FP+FN), 0 when the label was never predicted nor gold.
func (l LabelCounts) F1() float64 { return ratio(2*l.TP, 2*l.TP+l.FP+l.FN) }

// Add compares one predicted set with its gold set.
func (c *SetCounts) Add(pred, gold []string) {
	if c.Per == nil {
		c.Per = map[string]LabelCounts{}
	}
	g := map[string]bool{}
	for _, t := range gold {
		g[t] = true
	}
	p := map[string]bool{}
	for _, t := range pred {
		if p[t] {
			continue
		}
		p[t] = true
		l := c.Per[t]
		if g[t] {
			c.TP++
			l.TP++
		} else {
			c.FP++
			l.FP++
		}
		c.Per[t] = l
	}
	for t := range g {
		if !p[t] {
			c.FN++
			l := c.Per[t]
			l.FN++
			c.Per[t] = l
		}
	}
}

// MicroF1 is 2TP/(2TP+FP+FN) over all added pairs.
func (c SetCounts) MicroF1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// MacroF1 is the mean of the per-label F1 over every label that was gold
// or predicted at least once.
func (c SetCounts) MacroF1() float64 {
	if len(c.Per) == 0 {
		return 0
	}
	sum := 0.0
	for _, l := range c.Per {
		sum += l.F1()
	}
	return sum / float64(len(c.Per))
}

// LabelError is one label's counts, for listing where attribution fails.
type LabelError struct {
	Label string
	LabelCounts
}

// Worst are the n labels with the most errors (FP+FN), most first, ties
// by label.
func (c SetCounts) Worst(n int) []LabelError {
	out := make([]LabelError, 0, len(c.Per))
	for t, l := range c.Per {
		if l.FP+l.FN > 0 {
			out = append(out, LabelError{t, l})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ei, ej := out[i].FP+out[i].FN, out[j].FP+out[j].FN
		if ei != ej {
			return ei > ej
		}
		return out[i].Label < out[j].Label
	})
	return out[:min(n, len(out))]
}
