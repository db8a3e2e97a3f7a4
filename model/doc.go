// Package model is pytriage's local classifier: it reads Python source text
// and returns a Report — a calibrated score, a verdict, and the hits
// (detector, ATT&CK techniques, severity, reason, line spans) that explain it,
// with per-line weights and the statically decoded layers.
//
// It knows Python and nothing of SCC findings or the terminal: it must not
// import pytriage/finding or pytriage/ui. It never executes, imports or
// fetches anything from the text it analyses.
package model
