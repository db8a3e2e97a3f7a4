package model

import (
	"math"
	"math/rand"
	"testing"
)

// synthetic draws rows whose log-odds follow known weights.
func synthetic(n int, seed int64) ([][]float64, []bool, []string) {
	rng := rand.New(rand.NewSource(seed))
	truth := []float64{2.5, -1.5, 0, 1.0}
	names := []string{"a", "b", "noise", "d"}
	var x [][]float64
	var y []bool
	for i := 0; i < n; i++ {
		row := []float64{float64(rng.Intn(2)), float64(rng.Intn(3)), rng.Float64(), rng.NormFloat64()}
		z := -0.5
		for j, w := range truth {
			z += w * row[j]
		}
		x = append(x, row)
		y = append(y, rng.Float64() < sigmoid(z))
	}
	return x, y, names
}

func TestTrainRecoversSigns(t *testing.T) {
	x, y, names := synthetic(3000, 1)
	s, err := Train(x, y, names, nil, TrainOptions{Lambda: 0.01, CalibFolds: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		min, max float64
	}{
		{"a", 2.0, 3.0},
		{"b", -2.0, -1.0},
		{"noise", -0.5, 0.5},
		{"d", 0.7, 1.3},
	}
	for _, tc := range tests {
		if w := s.WeightOf(tc.name); w < tc.min || w > tc.max {
			t.Errorf("weight %s = %.3f, want in [%g, %g]", tc.name, w, tc.min, tc.max)
		}
	}
	if s.WeightOf("unknown") != 0 {
		t.Error("unknown feature must weigh 0")
	}
}

func TestTrainDeterministic(t *testing.T) {
	x, y, names := synthetic(400, 2)
	a, err := Train(x, y, names, nil, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(x, y, names, nil, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ea, _ := a.Encode()
	eb, _ := b.Encode()
	if string(ea) != string(eb) {
		t.Fatal("two trainings on the same data differ")
	}
	if a.Version == "" || a.Version != b.Version {
		t.Fatalf("versions %q %q", a.Version, b.Version)
	}
}

func TestTrainIsAdditive(t *testing.T) {
	x, y, names := synthetic(300, 3)
	s, err := Train(x, y, names, nil, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range x[:20] {
		z := s.Bias
		for j, n := range names {
			z += s.Contribution(n, row[j])
		}
		if math.Abs(z-s.Logit(names, row)) > 1e-12 {
			t.Fatalf("logit %.6f is not bias + contributions %.6f", s.Logit(names, row), z)
		}
	}
	// an absent feature contributes nothing (no centring)
	if s.Contribution("a", 0) != 0 {
		t.Fatal("zero value must contribute zero")
	}
}

func TestTrainCalibrated(t *testing.T) {
	x, y, names := synthetic(4000, 4)
	s, err := Train(x, y, names, nil, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// on fresh data from the same distribution, mean predicted probability
	// per bucket should track the observed rate
	x2, y2, _ := synthetic(4000, 5)
	p := make([]float64, len(x2))
	for i, row := range x2 {
		p[i] = Probability(s.Logit(names, row))
	}
	for _, b := range Reliability(p, y2, 5) {
		if b.N < 100 {
			continue
		}
		if math.Abs(b.MeanScore-b.Rate) > 0.08 {
			t.Errorf("bin [%.1f,%.1f): mean score %.3f vs rate %.3f (n=%d)", b.Lo, b.Hi, b.MeanScore, b.Rate, b.N)
		}
	}
	if s.Info.PlattA <= 0 {
		t.Errorf("Platt slope %g", s.Info.PlattA)
	}
}

func TestTrainRejectsBadData(t *testing.T) {
	tests := []struct {
		name string
		x    [][]float64
		y    []bool
	}{
		{"one class", [][]float64{{1}, {0}}, []bool{true, true}},
		{"ragged", [][]float64{{1}, {0, 1}}, []bool{true, false}},
		{"nan", [][]float64{{math.NaN()}, {0}}, []bool{true, false}},
		{"length", [][]float64{{1}}, []bool{true, false}},
	}
	for _, tc := range tests {
		if _, err := Train(tc.x, tc.y, []string{"f"}, nil, TrainOptions{}); err == nil {
			t.Errorf("%s: want an error", tc.name)
		}
	}
}

func TestTrainSeparableStaysFinite(t *testing.T) {
	// perfectly separable data: L2 keeps the weights finite
	x := [][]float64{{1}, {1}, {1}, {0}, {0}, {0}, {1}, {0}, {1}, {0}}
	y := []bool{true, true, true, false, false, false, true, false, true, false}
	s, err := Train(x, y, []string{"f"}, nil, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if w := s.WeightOf("f"); math.IsInf(w, 0) || math.IsNaN(w) || w <= 0 {
		t.Fatalf("weight %g", w)
	}
}

func TestFolds(t *testing.T) {
	var groups []string
	var y []bool
	for i := 0; i < 100; i++ {
		g := string(rune('a'+i%26)) + string(rune('a'+i/26))
		if i%10 == 0 {
			g = "shared" // ten rows in one group
		}
		groups = append(groups, g)
		y = append(y, i%2 == 0)
	}
	f := Folds(groups, y, 5)
	perFold := map[int][2]int{}
	shared := -1
	for i, k := range f {
		if k < 0 || k >= 5 {
			t.Fatalf("fold %d out of range", k)
		}
		c := perFold[k]
		if y[i] {
			c[0]++
		} else {
			c[1]++
		}
		perFold[k] = c
		if groups[i] == "shared" {
			if shared >= 0 && shared != k {
				t.Fatal("a group was split across folds")
			}
			shared = k
		}
	}
	if len(perFold) != 5 {
		t.Fatalf("only %d folds used", len(perFold))
	}
	for k, c := range perFold {
		if c[1] < 8 || c[1] > 12 {
			t.Errorf("fold %d has %d negatives (not stratified)", k, c[1])
		}
	}
	again := Folds(groups, y, 5)
	for i := range f {
		if f[i] != again[i] {
			t.Fatal("folds are not deterministic")
		}
	}
}

func TestCholeskySolve(t *testing.T) {
	a := [][]float64{{4, 2, 0.6}, {2, 5, 1}, {0.6, 1, 3}}
	want := []float64{1, -2, 0.5}
	b := make([]float64, 3)
	for i := range a {
		for j := range a[i] {
			b[i] += a[i][j] * want[j]
		}
	}
	got, err := choleskySolve(a, b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Fatalf("x = %v, want %v", got, want)
		}
	}
	if _, err := choleskySolve([][]float64{{0, 1}, {1, 0}}, []float64{1, 1}); err == nil {
		t.Fatal("indefinite matrix accepted")
	}
}

func TestParseScorer(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"ok", `{"model_version":"v","bias":-1,"t_alert":0.5,"t_low":0.2,"features":["a"],"weights":[2]}`, true},
		{"count", `{"t_alert":0.5,"t_low":0.2,"features":["a","b"],"weights":[2]}`, false},
		{"thresholds", `{"t_alert":0.2,"t_low":0.5,"features":[],"weights":[]}`, false},
		{"dup", `{"t_alert":0.5,"t_low":0.2,"features":["a","a"],"weights":[1,2]}`, false},
		{"syntax", `{`, false},
	}
	for _, tc := range tests {
		s, err := ParseScorer([]byte(tc.json))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.name, err)
			continue
		}
		if tc.ok {
			if s.WeightOf("a") != 2 || s.VerdictFor(0.6) != VerdictMalicious || s.VerdictFor(0.3) != VerdictSuspicious || s.VerdictFor(0.1) != VerdictBenign {
				t.Errorf("%s: parsed scorer misbehaves", tc.name)
			}
			enc, _ := s.Encode()
			s2, err := ParseScorer(enc)
			if err != nil || s2.WeightOf("a") != 2 || s2.Bias != -1 {
				t.Errorf("%s: round trip failed: %v", tc.name, err)
			}
		}
	}
}

// FuzzParseScorer: a weights file either loads into a usable scorer or is
// rejected; never a panic, never a NaN probability.
func FuzzParseScorer(f *testing.F) {
	f.Add([]byte(`{"model_version":"v","bias":-1,"t_alert":0.5,"t_low":0.2,"features":["a"],"weights":[2]}`))
	f.Add([]byte(`{"t_alert":0.5,"t_low":0.2,"features":["a","b"],"weights":[1e308,-1e308]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseScorer(b)
		if err != nil {
			return
		}
		p := Probability(s.Logit(s.Names, make([]float64, len(s.Names))))
		if math.IsNaN(p) || p < 0 || p > 1 {
			t.Fatalf("probability %g", p)
		}
		_ = s.VerdictFor(p)
	})
}

func TestTrainNonNegative(t *testing.T) {
	x, y, names := synthetic(2000, 6) // "b" has a true weight of -1.5
	s, err := Train(x, y, names, nil, TrainOptions{NonNegative: func(n string) bool { return n == "b" || n == "a" }})
	if err != nil {
		t.Fatal(err)
	}
	if s.WeightOf("b") != 0 {
		t.Errorf("constrained negative weight is %g, want exactly 0", s.WeightOf("b"))
	}
	if s.WeightOf("a") <= 0 {
		t.Errorf("positive weight lost: %g", s.WeightOf("a"))
	}
	free, _ := Train(x, y, names, nil, TrainOptions{})
	if free.WeightOf("b") >= 0 {
		t.Errorf("unconstrained fit should find the negative weight, got %g", free.WeightOf("b"))
	}
}
