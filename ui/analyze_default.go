package ui

import "github.com/pytriage/pytriage/model"

// defaultAnalyze is the classifier used when Options.Analyze is nil.
// TEMPORARY: nil until model.Analyze lands; then model.Analyze.
var defaultAnalyze func([]byte) *model.Report = nil
