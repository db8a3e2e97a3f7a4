package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
)

// TrainOptions configure Train. Zero fields take the defaults below.
type TrainOptions struct {
	Lambda     float64 // L2 penalty on the scaled weights (not the bias); default 1
	Iterations int     // Newton steps, fixed (no early stop); default 30
	CalibFolds int     // folds of the inner cross-validation that fits Platt scaling; default 5; 1 disables calibration
	TAlert     float64 // default 0.5
	TLow       float64 // default 0.2
	// NonNegative names the features whose weight may not be negative
	// (nil: none). Detector features are constrained so that a detector
	// firing can only add suspicion and no hit or line has a negative
	// weight; see fitConstrained.
	NonNegative func(name string) bool
}

// Defaults of TrainOptions.
const (
	DefaultLambda     = 1.0
	DefaultIterations = 30
	DefaultCalibFolds = 5
	DefaultTAlert     = 0.5
	DefaultTLow       = 0.2
)

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Lambda <= 0 {
		o.Lambda = DefaultLambda
	}
	if o.Iterations <= 0 {
		o.Iterations = DefaultIterations
	}
	if o.CalibFolds == 0 {
		o.CalibFolds = DefaultCalibFolds
	}
	if o.TAlert <= 0 {
		o.TAlert = DefaultTAlert
	}
	if o.TLow <= 0 {
		o.TLow = DefaultTLow
	}
	return o
}

// Train fits an L2-regularised logistic regression on rows x (one per
// script, columns named by names) with labels y, then calibrates it with
// Platt scaling fitted on out-of-fold logits of an inner cross-validation
// whose folds keep each group together (groups may be nil: one group per
// row). It is deterministic: zero initial weights, a fixed number of Newton
// steps, folds from a hash of the group names, sums in row order.
//
// Features are scaled, not centred: column j is divided by its root mean
// square over the training rows, so an absent feature (value 0) contributes
// nothing and a hit's weight is its own contribution. The returned weights
// are in raw feature units with the scale and the calibration folded in.
func Train(x [][]float64, y []bool, names []string, groups []string, opt TrainOptions) (*Scorer, error) {
	opt = opt.withDefaults()
	if err := checkData(x, y, names, groups); err != nil {
		return nil, err
	}
	scale := columnRMS(x, len(names))
	w, b, err := fitConstrained(x, y, names, scale, opt)
	if err != nil {
		return nil, err
	}
	a, c := 1.0, 0.0
	if opt.CalibFolds > 1 {
		a, c, err = plattFromCV(x, y, names, groups, scale, opt)
		if err != nil {
			return nil, err
		}
	}
	s := &Scorer{Names: append([]string(nil), names...), W: make([]float64, len(names)),
		Bias: a*b + c, TAlert: opt.TAlert, TLow: opt.TLow}
	for j := range names {
		s.W[j] = a * w[j] / scale[j]
	}
	pos := 0
	for _, v := range y {
		if v {
			pos++
		}
	}
	s.Info = TrainInfo{Malicious: pos, Benign: len(y) - pos, Lambda: opt.Lambda, Iterations: opt.Iterations,
		PlattA: a, PlattB: c, CalibFolds: opt.CalibFolds, Standardise: "divide by column RMS, no centring"}
	if err := s.reindex(); err != nil {
		return nil, err
	}
	s.Version = scorerDigest(s)
	return s, nil
}

func checkData(x [][]float64, y []bool, names []string, groups []string) error {
	if len(x) != len(y) {
		return fmt.Errorf("train: %d rows but %d labels", len(x), len(y))
	}
	if groups != nil && len(groups) != len(y) {
		return fmt.Errorf("train: %d rows but %d groups", len(x), len(groups))
	}
	pos := 0
	for i, row := range x {
		if len(row) != len(names) {
			return fmt.Errorf("train: row %d has %d values, want %d", i, len(row), len(names))
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("train: row %d feature %s is not finite", i, names[j])
			}
		}
		if y[i] {
			pos++
		}
	}
	if pos == 0 || pos == len(y) {
		return errors.New("train: need both malicious and benign rows")
	}
	return nil
}

// scorerDigest names a model by its weights, so the same training gives
// the same version string.
func scorerDigest(s *Scorer) string {
	h := sha256.New()
	for i, n := range s.Names {
		fmt.Fprintf(h, "%s=%.12g\n", n, s.W[i])
	}
	fmt.Fprintf(h, "bias=%.12g t=%g,%g\n", s.Bias, s.TAlert, s.TLow)
	return "lr-" + hex.EncodeToString(h.Sum(nil))[:12]
}

func columnRMS(x [][]float64, d int) []float64 {
	s := make([]float64, d)
	for _, row := range x {
		for j, v := range row {
			s[j] += v * v
		}
	}
	for j := range s {
		s[j] = math.Sqrt(s[j] / float64(len(x)))
		if s[j] < 1e-12 {
			s[j] = 1
		}
	}
	return s
}

// fitConstrained fits the logistic regression with the NonNegative
// features constrained to weights ≥ 0 by a deterministic active-set loop:
// fit, pin every constrained feature whose weight came out negative to 0,
// refit without it, until none is negative (at most one round per
// feature). Pinned features get weight exactly 0.
func fitConstrained(x [][]float64, y []bool, names []string, scale []float64, opt TrainOptions) ([]float64, float64, error) {
	active := make([]bool, len(names))
	for j := range active {
		active[j] = true
	}
	for round := 0; ; round++ {
		w, b, err := fitLogistic(x, y, scale, active, opt)
		if err != nil || opt.NonNegative == nil {
			return w, b, err
		}
		changed := false
		for j, n := range names {
			if active[j] && w[j] < 0 && opt.NonNegative(n) {
				active[j] = false
				changed = true
			}
		}
		if !changed || round > len(names) {
			return w, b, nil
		}
	}
}

// fitLogistic minimises Σ logloss + λ/2 ‖w‖² over scaled features by
// Newton's method (IRLS); the bias is not penalised. Inactive features are
// left out (weight 0). Returns weights in scaled units and the bias.
func fitLogistic(x [][]float64, y []bool, scale []float64, active []bool, opt TrainOptions) ([]float64, float64, error) {
	d := len(scale)
	n := d + 1 // last coordinate is the bias
	beta := make([]float64, n)
	z := make([]float64, n)
	grad := make([]float64, n)
	hess := make([][]float64, n)
	for i := range hess {
		hess[i] = make([]float64, n)
	}
	for it := 0; it < opt.Iterations; it++ {
		for i := range grad {
			grad[i] = 0
			for j := range hess[i] {
				hess[i][j] = 0
			}
		}
		for r, row := range x {
			for j := 0; j < d; j++ {
				z[j] = 0
				if active == nil || active[j] {
					z[j] = row[j] / scale[j]
				}
			}
			z[d] = 1
			var t float64
			for j := range z {
				t += beta[j] * z[j]
			}
			p := sigmoid(t)
			g := p
			if y[r] {
				g = p - 1
			}
			wgt := p * (1 - p)
			for i := range z {
				if z[i] == 0 {
					continue
				}
				grad[i] += g * z[i]
				hi := hess[i]
				zw := wgt * z[i]
				for j := range z {
					hi[j] += zw * z[j]
				}
			}
		}
		for j := 0; j < d; j++ {
			grad[j] += opt.Lambda * beta[j]
			hess[j][j] += opt.Lambda
		}
		hess[d][d] += 1e-9
		step, err := choleskySolve(hess, grad)
		if err != nil {
			return nil, 0, fmt.Errorf("train: newton step %d: %w", it, err)
		}
		for j := range beta {
			beta[j] -= step[j]
		}
	}
	return beta[:d], beta[d], nil
}

// plattFromCV fits p = σ(a·logit + b) on out-of-fold logits (Platt 1999,
// with his smoothed targets).
func plattFromCV(x [][]float64, y []bool, names, groups []string, scale []float64, opt TrainOptions) (float64, float64, error) {
	folds := Folds(groups, y, opt.CalibFolds)
	oof := make([]float64, len(y))
	inner := opt
	for f := 0; f < opt.CalibFolds; f++ {
		var tx [][]float64
		var ty []bool
		for i := range y {
			if folds[i] != f {
				tx = append(tx, x[i])
				ty = append(ty, y[i])
			}
		}
		if err := checkData(tx, ty, names, nil); err != nil {
			return 0, 0, fmt.Errorf("calibration fold %d: %w", f, err)
		}
		w, b, err := fitConstrained(tx, ty, names, scale, inner)
		if err != nil {
			return 0, 0, err
		}
		for i := range y {
			if folds[i] == f {
				oof[i] = b
				for j, v := range x[i] {
					oof[i] += w[j] * v / scale[j]
				}
			}
		}
	}
	a, b := fitPlatt(oof, y)
	if !(a > 0) {
		return 1, 0, nil // degenerate: keep the uncalibrated model
	}
	return a, b, nil
}

func fitPlatt(z []float64, y []bool) (float64, float64) {
	var np, nn float64
	for _, v := range y {
		if v {
			np++
		} else {
			nn++
		}
	}
	tp, tn := (np+1)/(np+2), 1/(nn+2)
	a, b := 1.0, 0.0
	for it := 0; it < 50; it++ {
		var g0, g1, h00, h01, h11 float64
		for i, zi := range z {
			t := tn
			if y[i] {
				t = tp
			}
			p := sigmoid(a*zi + b)
			g := p - t
			w := p * (1 - p)
			g0 += g * zi
			g1 += g
			h00 += w * zi * zi
			h01 += w * zi
			h11 += w
		}
		h00 += 1e-6
		h11 += 1e-6
		det := h00*h11 - h01*h01
		if det <= 0 {
			break
		}
		a -= (h11*g0 - h01*g1) / det
		b -= (h00*g1 - h01*g0) / det
	}
	return a, b
}

// Folds assigns each row to one of k folds, stratified by label and keeping
// rows of the same group together. The order is a hash of the group names,
// so it is deterministic and does not depend on row order.
func Folds(groups []string, y []bool, k int) []int {
	out := make([]int, len(y))
	if k < 2 {
		return out
	}
	type grp struct {
		name string
		pos  bool
		hash uint64
		rows []int
	}
	byName := map[string]*grp{}
	var list []*grp
	for i := range y {
		name := fmt.Sprint(i)
		if groups != nil && groups[i] != "" {
			name = groups[i]
		}
		// a group is stratified by the label of its first row
		g := byName[name]
		if g == nil {
			h := fnv.New64a()
			h.Write([]byte(name))
			g = &grp{name: name, pos: y[i], hash: h.Sum64()}
			byName[name] = g
			list = append(list, g)
		}
		g.rows = append(g.rows, i)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].hash != list[j].hash {
			return list[i].hash < list[j].hash
		}
		return list[i].name < list[j].name
	})
	next := map[bool]int{}
	for _, g := range list {
		f := next[g.pos] % k
		next[g.pos]++
		for _, r := range g.rows {
			out[r] = f
		}
	}
	return out
}
