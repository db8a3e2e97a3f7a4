package model

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestCommittedWeightsMatchRetrain retrains on the embedded corpus and
// compares with the committed, embedded model/weights.json. When it fails
// after a change to the detectors, features or corpus, run
// `go run ./model/cmd/train` and commit the new weights.
func TestCommittedWeightsMatchRetrain(t *testing.T) {
	committed, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := TrainCorpus(TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(committed.Names) != len(fresh.Names) {
		t.Fatalf("committed weights have %d features, the code has %d: retrain", len(committed.Names), len(fresh.Names))
	}
	const tol = 1e-9
	for i, n := range fresh.Names {
		if committed.Names[i] != n {
			t.Fatalf("feature %d is %q in weights.json, %q in the code: retrain", i, committed.Names[i], n)
		}
		if d := math.Abs(committed.W[i] - fresh.W[i]); d > tol*math.Max(1, math.Abs(fresh.W[i])) {
			t.Errorf("weight %s: committed %.12g, retrained %.12g: retrain", n, committed.W[i], fresh.W[i])
		}
	}
	if d := math.Abs(committed.Bias - fresh.Bias); d > tol*math.Max(1, math.Abs(fresh.Bias)) {
		t.Errorf("bias: committed %.12g, retrained %.12g", committed.Bias, fresh.Bias)
	}
	if committed.TAlert != fresh.TAlert || committed.TLow != fresh.TLow {
		t.Errorf("thresholds: committed %g/%g, retrained %g/%g", committed.TAlert, committed.TLow, fresh.TAlert, fresh.TLow)
	}
}

// TestCrossValidation runs `pytriage model eval`'s cross-validation and
// holds it to floors a little under the figures in model/README.md, so a
// regression in the detectors, the corpus or the scorer shows up here. It
// also checks the additive contract on every held-out report: the score is
// σ(bias + Σ contributions) and each line weight is the sum of its hits.
func TestCrossValidation(t *testing.T) {
	r, err := EvaluateCorpus(5, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := r.Confusion
	t.Logf("P %.3f R %.3f F1 %.3f MCC %.3f AUC %.4f top1 %.3f top3 %.3f tech %.3f",
		c.Precision(), c.Recall(), c.F1(), c.MCC(), r.AUC, r.Top1, r.Top3, r.TechMicroF1)
	if r.ScoreMismatch != 0 {
		t.Errorf("%d reports' scores are not σ(logit of their features)", r.ScoreMismatch)
	}
	if r.LineWeightMismatch != 0 {
		t.Errorf("%d reports' line weights are not the sums of their hits", r.LineWeightMismatch)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		{"F1", c.F1(), 0.90},
		{"MCC", c.MCC(), 0.80},
		{"ROC AUC", r.AUC, 0.95},
		{"top-1", r.Top1, 0.90},
		{"top-3", r.Top3, 0.93},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
	// every reliability bucket with enough scripts is roughly calibrated
	for _, b := range r.Reliability {
		if b.N >= 30 && math.Abs(b.MeanScore-b.Rate) > 0.15 {
			t.Errorf("bucket %.1f–%.1f: mean score %.3f vs malicious rate %.3f", b.Lo, b.Hi, b.MeanScore, b.Rate)
		}
	}
}

// BenchmarkTrainCorpus is `pytriage model train`: features of the whole
// corpus, the constrained fit and its inner calibration CV.
func BenchmarkTrainCorpus(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := TrainCorpus(TrainOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStdlibFPR holds the committed model to the false-positive
// target on the CPython standard library of this machine (tests and
// site-packages left out). It skips where no standard library is found;
// PYTRIAGE_STDLIB names one explicitly.
func TestStdlibFPR(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole standard library")
	}
	dir := os.Getenv("PYTRIAGE_STDLIB")
	if dir == "" {
		cands, _ := filepath.Glob("/usr/lib/python3.*")
		more, _ := filepath.Glob("/root/.pyenv/versions/*/lib/python3.*")
		cands = append(cands, more...)
		sort.Strings(cands)
		for _, c := range cands {
			if _, err := os.Stat(filepath.Join(c, "os.py")); err == nil {
				dir = c
			}
		}
	}
	if dir == "" {
		t.Skip("no CPython standard library found; set PYTRIAGE_STDLIB")
	}
	s, err := DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	r, err := BenignFPR(dir, s, func(src []byte) *Report { return AnalyzeWith(src, s) }, 5, "site-packages", "dist-packages")
	if err != nil {
		t.Fatal(err)
	}
	if r.Files < 100 {
		t.Skipf("%s holds only %d files", dir, r.Files)
	}
	t.Logf("%s: %d/%d alerts (%.3f %%)", dir, r.Alerts, r.Files, 100*r.FPR())
	if r.FPR() > 0.005 {
		for _, f := range r.Top {
			t.Logf("  %.3f %s %s", f.Score, f.Top, f.Path)
		}
		t.Errorf("stdlib FPR %.3f %% above the 0.5 %% target", 100*r.FPR())
	}
}
