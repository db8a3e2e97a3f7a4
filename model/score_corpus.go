package model

import (
	"fmt"
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
// with k folds that keep each CV group (a generated variant and its host)
// together.
func EvaluateCorpus(k int, opt TrainOptions) (*EvalResult, error) {
	return EvaluateCorpusSplit(k, opt, SplitGroup)
}

// Ways to split the corpus into folds.
const (
	SplitGroup  = "group"  // keep each CV group together (the default)
	SplitFamily = "family" // keep each behaviour family together: every script is scored by a model that saw none of its family
)

// EvaluateCorpusSplit is EvaluateCorpus with a choice of split; the
// family split measures recall on behaviour families the model never saw.
func EvaluateCorpusSplit(k int, opt TrainOptions, split string) (*EvalResult, error) {
	samples, err := corpus.Load()
	if err != nil {
		return nil, err
	}
	switch split {
	case SplitGroup:
	case SplitFamily:
		for i := range samples {
			samples[i].Group = labelWord(samples[i].Malicious) + "/" + samples[i].Family
		}
	default:
		return nil, fmt.Errorf("eval: unknown split %q (want %s or %s)", split, SplitGroup, SplitFamily)
	}
	r, err := CrossValidate(samples, k, corpusFeatures, AnalyzeWith, corpusOptions(opt))
	if r != nil {
		r.Split = split
	}
	return r, err
}

func labelWord(malicious bool) string {
	if malicious {
		return "malicious"
	}
	return "benign"
}
