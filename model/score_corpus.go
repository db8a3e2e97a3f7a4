package model

import (
	"github.com/pytriage/pytriage/model/corpus"
)

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
	return Train(x, y, names, groups, opt)
}

// EvaluateCorpus cross-validates the classifier on the embedded corpus
// with k folds.
func EvaluateCorpus(k int, opt TrainOptions) (*EvalResult, error) {
	samples, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	return CrossValidate(samples, k, corpusFeatures, AnalyzeWith, opt)
}
