package model

import (
	"strings"

	"github.com/pytriage/pytriage/model/corpus"
)

// DetectorsNonNegative is the constraint of the shipped model: detector
// features ("det:…") may only add to the score; lexical statistics may
// weigh either way.
func DetectorsNonNegative(name string) bool { return strings.HasPrefix(name, "det:") }

func corpusOptions(opt TrainOptions) TrainOptions {
	if opt.NonNegative == nil {
		opt.NonNegative = DetectorsNonNegative
	}
	return opt
}

// corpusFeatures adapts Features to the Featurizer of training and
// evaluation.
func corpusFeatures(src []byte) ([]string, []float64) {
	v, _ := Features(src)
	return FeatureNames(), v
}

// TrainCorpus trains the scorer on the embedded corpus (model/corpus):
// what `pytriage model train` and `go run ./model/cmd/train` run, and what
// the committed model/weights.json must equal.
func TrainCorpus(opt TrainOptions) (*Scorer, error) {
	samples, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	x, y, names, groups, err := Matrix(samples, corpusFeatures)
	if err != nil {
		return nil, err
	}
	return Train(x, y, names, groups, corpusOptions(opt))
}

// EvaluateCorpus cross-validates the classifier on the embedded corpus
// with k folds.
func EvaluateCorpus(k int, opt TrainOptions) (*EvalResult, error) {
	samples, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	return CrossValidate(samples, k, corpusFeatures, AnalyzeWith, corpusOptions(opt))
}
