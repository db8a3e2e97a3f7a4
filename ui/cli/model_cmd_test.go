package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model"
)

func TestModelCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "w.json")
	tests := []struct {
		name   string
		args   []string
		code   int
		outHas string
		errHas string
	}{
		{"no subcommand", []string{"model"}, 2, "", "Usage: pytriage model"},
		{"unknown", []string{"model", "fit"}, 2, "", "unknown subcommand"},
		{"help", []string{"model", "--help"}, 0, "pytriage model eval", ""},
		{"one fold", []string{"model", "eval", "--folds", "1"}, 2, "", "--folds"},
		{"bad split", []string{"model", "eval", "--split", "random"}, 2, "", "--split"},
		{"family split", []string{"model", "eval", "--folds", "3", "--split", "family"}, 0, "whole families held out", ""},
		{"eval with benign dir", []string{"model", "eval", "--folds", "3", "--benign", "testdata/scan", "--skip", "sub"},
			0, "FPR @ 0.50: 0/1", ""},
		{"train", []string{"model", "train", "--out", out}, 0, "wrote", ""},
		{"train to a bad path", []string{"model", "train", "--out", filepath.Join(out, "x", "y")}, 1, "", "model train"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.outHas) || !strings.Contains(stderr, tt.errHas) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
		})
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.ParseScorer(b)
	if err != nil || len(s.Names) != len(model.FeatureNames()) {
		t.Fatalf("trained weights do not load: %v", err)
	}
}
