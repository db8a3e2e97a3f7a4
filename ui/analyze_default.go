package ui

import "github.com/pytriage/pytriage/model"

// defaultAnalyze is the classifier used when Options.Analyze is nil.
var defaultAnalyze = model.AnalyzeString
