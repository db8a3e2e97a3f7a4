package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pytriage/pytriage/model/corpus"
)

// Featurizer returns a script's feature vector; the names are the same,
// in the same order, for every script.
type Featurizer func(src []byte) (names []string, values []float64)

// Analyzer classifies one script with the given scorer.
type Analyzer func(src []byte, s *Scorer) *Report

// EvalResult is the outcome of a k-fold cross-validation on the corpus.
type EvalResult struct {
	Folds               int
	Split               string // how folds were formed (SplitGroup, SplitFamily); empty: by the samples' groups
	Malicious, Benign   int
	HardNegatives       int
	TAlert, TLow        float64
	Confusion           Confusion // at TAlert
	AUC, Brier          float64
	Suspicious          int          // benign scripts scored in [TLow, TAlert)
	HardFP              int          // false positives among hard negatives
	Top1, Top3          float64      // fraction of malicious scripts whose top line(s) hit a labelled line
	TechMicroF1         float64      // exact ATT&CK ids
	TechParentMicroF1   float64      // ids cut to the parent technique (T1059.004 → T1059)
	TechMacroF1         float64      // mean per-id F1 over the ids gold or predicted
	TechWorst           []LabelError // the ids with the most errors, most first
	Sweep               []SweepRow
	Reliability         []CalibrationBin
	FalseNegatives      []string
	FalsePositives      []string
	FamilyRecall        map[string][2]int // family → {detected, total}
	ScoreMismatch       int               // reports whose Score ≠ σ(logit of features): should be 0
	LineWeightMismatch  int               // reports whose line weights ≠ sum of covering hits: should be 0
	Unanalysable        int               // reports with verdict unanalysable
	UnanalysableBenign  int
	TrainedFeatureCount int
}

// SweepRow is one threshold of the threshold sweep.
type SweepRow struct {
	T                 float64
	Precision, Recall float64
	F1, MCC, FPR      float64
	TP, FP, TN, FN    int
}

// CrossValidate trains on k-1 folds and evaluates on the held-out fold, k
// times; folds are stratified by label and keep each sample's group
// together (see Folds). Every score, line and technique comes from a model
// that did not see the script.
func CrossValidate(samples []corpus.Sample, k int, feat Featurizer, an Analyzer, opt TrainOptions) (*EvalResult, error) {
	if k < 2 {
		return nil, fmt.Errorf("eval: need at least 2 folds, got %d", k)
	}
	opt = opt.withDefaults()
	x, y, names, groups, err := Matrix(samples, feat)
	if err != nil {
		return nil, err
	}
	folds := Folds(groups, y, k)
	reports := make([]*Report, len(samples))
	scorers := make([]*Scorer, k)
	for f := 0; f < k; f++ {
		var tx [][]float64
		var ty []bool
		var tg []string
		for i := range y {
			if folds[i] != f {
				tx, ty, tg = append(tx, x[i]), append(ty, y[i]), append(tg, groups[i])
			}
		}
		s, err := Train(tx, ty, names, tg, opt)
		if err != nil {
			return nil, fmt.Errorf("eval: fold %d: %w", f, err)
		}
		scorers[f] = s
		for i := range y {
			if folds[i] == f {
				reports[i] = an(samples[i].Code, s)
			}
		}
	}
	r := &EvalResult{Folds: k, TAlert: opt.TAlert, TLow: opt.TLow, FamilyRecall: map[string][2]int{},
		TrainedFeatureCount: len(names)}
	scores := make([]float64, len(samples))
	var tech, techParent SetCounts
	var top1, top3 int
	for i, s := range samples {
		rep := reports[i]
		scores[i] = rep.Score
		fs := scorers[folds[i]]
		if d := Probability(fs.Logit(names, x[i])) - rep.Score; d > 1e-9 || d < -1e-9 {
			r.ScoreMismatch++
		}
		if !lineWeightsAdd(rep) {
			r.LineWeightMismatch++
		}
		if rep.Verdict == VerdictUnanalysable {
			r.Unanalysable++
			if !s.Malicious {
				r.UnanalysableBenign++
			}
		}
		alert := rep.Score >= opt.TAlert
		var pred []string
		if alert {
			pred = reportTechniques(rep)
		}
		tech.Add(pred, s.Techniques)
		techParent.Add(parents(pred), parents(s.Techniques))
		if s.Malicious {
			r.Malicious++
			fr := r.FamilyRecall[s.Family]
			fr[1]++
			if alert {
				fr[0]++
			} else {
				r.FalseNegatives = append(r.FalseNegatives, fmt.Sprintf("%s (%.3f)", s.Name, rep.Score))
			}
			r.FamilyRecall[s.Family] = fr
			if TopKHit(rep.Lines, s.Lines, 1) {
				top1++
			}
			if TopKHit(rep.Lines, s.Lines, 3) {
				top3++
			}
			continue
		}
		r.Benign++
		if s.Hard {
			r.HardNegatives++
		}
		if alert {
			r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("%s (%.3f)", s.Name, rep.Score))
			if s.Hard {
				r.HardFP++
			}
		} else if rep.Score >= opt.TLow {
			r.Suspicious++
		}
	}
	r.Confusion = ConfusionAt(scores, y, opt.TAlert)
	r.AUC = ROCAUC(scores, y)
	r.Brier = Brier(scores, y)
	r.Reliability = Reliability(scores, y, 5)
	r.Top1 = ratio(top1, r.Malicious)
	r.Top3 = ratio(top3, r.Malicious)
	r.TechMicroF1 = tech.MicroF1()
	r.TechParentMicroF1 = techParent.MicroF1()
	r.TechMacroF1 = tech.MacroF1()
	r.TechWorst = tech.Worst(8)
	for _, t := range []float64{0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95} {
		c := ConfusionAt(scores, y, t)
		r.Sweep = append(r.Sweep, SweepRow{T: t, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1(),
			MCC: c.MCC(), FPR: c.FPR(), TP: c.TP, FP: c.FP, TN: c.TN, FN: c.FN})
	}
	return r, nil
}

// Matrix extracts the feature matrix, labels and groups of the samples.
func Matrix(samples []corpus.Sample, feat Featurizer) (x [][]float64, y []bool, names []string, groups []string, err error) {
	for i, s := range samples {
		n, v := feat(s.Code)
		if i == 0 {
			names = n
		} else if !sameNames(names, n) {
			return nil, nil, nil, nil, fmt.Errorf("eval: %s: feature names differ from the first sample's", s.Name)
		}
		x = append(x, v)
		y = append(y, s.Malicious)
		groups = append(groups, s.Group)
	}
	if len(names) == 0 {
		return nil, nil, nil, nil, fmt.Errorf("eval: the featurizer returned no features")
	}
	return x, y, names, groups, nil
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// reportTechniques are the ATT&CK ids of the hits that raised the score.
func reportTechniques(rep *Report) []string {
	set := map[string]bool{}
	for _, h := range rep.Hits {
		if h.Weight > 0 {
			for _, t := range h.Techniques {
				set[t] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func parents(ts []string) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		p, _, _ := strings.Cut(t, ".")
		out = append(out, p)
	}
	return out
}

// lineWeightsAdd checks that each reported line weight is the sum of the
// weights of the original-text hits whose lines include it.
func lineWeightsAdd(rep *Report) bool {
	sum := map[int]float64{}
	for _, h := range rep.Hits {
		seen := map[int]bool{}
		for _, l := range h.Lines {
			if !seen[l] {
				seen[l] = true
				sum[l] += h.Weight
			}
		}
	}
	for _, lw := range rep.Lines {
		d := sum[lw.Line] - lw.Weight
		if d > 1e-9 || d < -1e-9 {
			return false
		}
	}
	return true
}
