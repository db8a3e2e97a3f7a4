package model

import (
	"maps"
	"math"
	"testing"
)

func TestConfusionMetrics(t *testing.T) {
	scores := []float64{0.9, 0.8, 0.7, 0.4, 0.3, 0.2, 0.6, 0.1}
	y := []bool{true, true, false, true, false, false, false, false}
	c := ConfusionAt(scores, y, 0.5)
	if c != (Confusion{TP: 2, FP: 2, TN: 3, FN: 1}) {
		t.Fatalf("confusion %+v", c)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"precision", c.Precision(), 0.5},
		{"recall", c.Recall(), 2.0 / 3},
		{"f1", c.F1(), 4.0 / 7},
		{"fpr", c.FPR(), 0.4},
		{"mcc", c.MCC(), (2*3 - 2*1) / math.Sqrt(4*3*5*4)},
	}
	for _, tc := range tests {
		if math.Abs(tc.got-tc.want) > 1e-12 {
			t.Errorf("%s = %g, want %g", tc.name, tc.got, tc.want)
		}
	}
	if (Confusion{}).MCC() != 0 || (Confusion{}).Precision() != 0 {
		t.Error("empty confusion must give 0, not NaN")
	}
}

func TestROCAUC(t *testing.T) {
	tests := []struct {
		name   string
		scores []float64
		y      []bool
		want   float64
	}{
		{"perfect", []float64{0.9, 0.8, 0.1, 0.2}, []bool{true, true, false, false}, 1},
		{"inverted", []float64{0.1, 0.2, 0.9, 0.8}, []bool{true, true, false, false}, 0},
		{"ties", []float64{0.5, 0.5, 0.5, 0.5}, []bool{true, false, true, false}, 0.5},
		{"mixed", []float64{0.9, 0.3, 0.5, 0.1}, []bool{true, true, false, false}, 0.75},
		{"one class", []float64{0.9}, []bool{true}, 0},
	}
	for _, tc := range tests {
		if got := ROCAUC(tc.scores, tc.y); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("%s: AUC %g, want %g", tc.name, got, tc.want)
		}
	}
}

func TestTopKHit(t *testing.T) {
	lines := []LineWeight{{Line: 3, Weight: 0.5}, {Line: 7, Weight: 2}, {Line: 9, Weight: 1}, {Line: 1, Weight: -1}}
	tests := []struct {
		name     string
		labelled []int
		k        int
		want     bool
	}{
		{"top1 hit", []int{7}, 1, true},
		{"top1 miss", []int{9}, 1, false},
		{"top3 hit", []int{3}, 3, true},
		{"negative never counts", []int{1}, 4, false},
		{"none", nil, 3, false},
	}
	for _, tc := range tests {
		if got := TopKHit(lines, tc.labelled, tc.k); got != tc.want {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
}

func TestSetCountsMicroF1(t *testing.T) {
	var c SetCounts
	c.Add([]string{"T1059", "T1105"}, []string{"T1059", "T1041"})
	c.Add(nil, nil)
	c.Add([]string{"T1496", "T1496"}, []string{"T1496"})
	if c.TP != 2 || c.FP != 1 || c.FN != 1 {
		t.Fatalf("%+v", c)
	}
	if got := c.MicroF1(); math.Abs(got-4.0/6) > 1e-12 {
		t.Fatalf("micro F1 %g", got)
	}
	want := map[string]LabelCounts{"T1059": {TP: 1}, "T1105": {FP: 1}, "T1041": {FN: 1}, "T1496": {TP: 1}}
	if !maps.Equal(c.Per, want) {
		t.Fatalf("per label %+v, want %+v", c.Per, want)
	}
	// per-label F1: 1, 0, 0, 1
	if got := c.MacroF1(); math.Abs(got-0.5) > 1e-12 {
		t.Fatalf("macro F1 %g", got)
	}
	w := c.Worst(5)
	if len(w) != 2 || w[0].Label != "T1041" || w[1].Label != "T1105" {
		t.Fatalf("worst %+v", w)
	}
	if got := c.Worst(1); len(got) != 1 || got[0].Label != "T1041" {
		t.Fatalf("worst(1) %+v", got)
	}
}

func TestBrierReliability(t *testing.T) {
	p := []float64{0.95, 0.05, 0.55, 0.45}
	y := []bool{true, false, true, false}
	if got := Brier(p, y); math.Abs(got-(0.0025*2+0.2025*2)/4) > 1e-12 {
		t.Fatalf("brier %g", got)
	}
	bins := Reliability(p, y, 2)
	if bins[0].N != 2 || bins[1].N != 2 || bins[1].Rate != 1 || bins[0].Rate != 0 {
		t.Fatalf("%+v", bins)
	}
}
