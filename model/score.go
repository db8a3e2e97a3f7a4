package model

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// The scorer is an additive model: logit = Bias + Σ weight(feature) ×
// value(feature), probability = σ(logit). Weights are stored in the raw
// feature space with the Platt calibration already folded in (see
// score_train.go), so a hit's contribution to the logit is exactly its
// feature's weight times the value it added, and a line's weight is the sum
// of the contributions of the hits that cover it.

//go:embed weights.json
var weightsJSON []byte

// Scorer holds trained weights and the verdict thresholds.
type Scorer struct {
	Version string // model version, a digest of the weights
	Names   []string
	W       []float64 // logit weight per feature, in raw feature units
	Bias    float64
	// TAlert: probability at or above which a script is malicious.
	TAlert float64
	// TLow: probability at or above which a script is suspicious.
	TLow float64
	// Info describes the training run (corpus size, λ, calibration); it is
	// informational and does not affect scoring.
	Info TrainInfo

	index map[string]int
}

// TrainInfo records how a Scorer was trained.
type TrainInfo struct {
	Malicious   int     `json:"malicious"`
	Benign      int     `json:"benign"`
	Lambda      float64 `json:"lambda"`
	Iterations  int     `json:"iterations"`
	PlattA      float64 `json:"platt_a"`
	PlattB      float64 `json:"platt_b"`
	CalibFolds  int     `json:"calibration_folds"`
	Standardise string  `json:"standardise"`
}

// weightsFile is the JSON shape of model/weights.json.
type weightsFile struct {
	ModelVersion string    `json:"model_version"`
	Bias         float64   `json:"bias"`
	TAlert       float64   `json:"t_alert"`
	TLow         float64   `json:"t_low"`
	Features     []string  `json:"features"`
	Weights      []float64 `json:"weights"`
	Train        TrainInfo `json:"train"`
}

var (
	defaultOnce   sync.Once
	defaultScorer *Scorer
	defaultErr    error
)

// DefaultScorer returns the scorer embedded from model/weights.json.
func DefaultScorer() (*Scorer, error) {
	defaultOnce.Do(func() {
		defaultScorer, defaultErr = ParseScorer(weightsJSON)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("model: embedded weights.json: %w", defaultErr)
		}
	})
	return defaultScorer, defaultErr
}

// ParseScorer reads a weights file.
func ParseScorer(b []byte) (*Scorer, error) {
	var f weightsFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	if len(f.Features) != len(f.Weights) {
		return nil, fmt.Errorf("%d features but %d weights", len(f.Features), len(f.Weights))
	}
	if !(f.TLow > 0 && f.TLow <= f.TAlert && f.TAlert < 1) {
		return nil, fmt.Errorf("thresholds must satisfy 0 < t_low ≤ t_alert < 1, got %g, %g", f.TLow, f.TAlert)
	}
	s := &Scorer{
		Version: f.ModelVersion, Names: f.Features, W: f.Weights, Bias: f.Bias,
		TAlert: f.TAlert, TLow: f.TLow, Info: f.Train,
	}
	if err := s.reindex(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Scorer) reindex() error {
	s.index = make(map[string]int, len(s.Names))
	for i, n := range s.Names {
		if _, dup := s.index[n]; dup {
			return fmt.Errorf("feature %q listed twice", n)
		}
		if math.IsNaN(s.W[i]) || math.IsInf(s.W[i], 0) {
			return fmt.Errorf("feature %q: weight is not finite", n)
		}
		s.index[n] = i
	}
	return nil
}

// Encode renders the scorer as the weights.json text (stable: same scorer,
// same bytes).
func (s *Scorer) Encode() ([]byte, error) {
	f := weightsFile{
		ModelVersion: s.Version, Bias: s.Bias, TAlert: s.TAlert, TLow: s.TLow,
		Features: s.Names, Weights: s.W, Train: s.Info,
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// WeightOf is the logit weight of a named feature; 0 for a feature the
// scorer was not trained on.
func (s *Scorer) WeightOf(name string) float64 {
	if i, ok := s.index[name]; ok {
		return s.W[i]
	}
	return 0
}

// Contribution is a feature's share of the logit: weight × value.
func (s *Scorer) Contribution(name string, value float64) float64 {
	return s.WeightOf(name) * value
}

// Logit sums the bias and the contributions of the named features.
func (s *Scorer) Logit(names []string, values []float64) float64 {
	z := s.Bias
	for i, n := range names {
		if i < len(values) {
			z += s.Contribution(n, values[i])
		}
	}
	return z
}

// Probability maps a logit to a calibrated probability.
func Probability(logit float64) float64 {
	return sigmoid(logit)
}

// VerdictFor maps a probability to malicious, suspicious or benign by the
// scorer's thresholds. (Unanalysable is decided by the analyser from
// truncation, limits and opaque code, not by the score.)
func (s *Scorer) VerdictFor(p float64) Verdict {
	switch {
	case p >= s.TAlert:
		return VerdictMalicious
	case p >= s.TLow:
		return VerdictSuspicious
	}
	return VerdictBenign
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
