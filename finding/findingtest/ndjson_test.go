package findingtest_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/findingtest"
)

// TestWriteNDJSON checks the generator's contract: n lines, about 3.5 KB
// each, every one a finding the loader reads with script contents, and
// the same bytes for the same seed.
func TestWriteNDJSON(t *testing.T) {
	var a, b bytes.Buffer
	if err := findingtest.WriteNDJSON(&a, 200, 7); err != nil {
		t.Fatal(err)
	}
	if err := findingtest.WriteNDJSON(&b, 200, 7); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same seed, different output")
	}
	if n := bytes.Count(a.Bytes(), []byte{'\n'}); n != 200 {
		t.Errorf("%d lines", n)
	}
	if avg := a.Len() / 200; avg < 3000 || avg > 4200 {
		t.Errorf("average record %d bytes, want about 3.5 KB", avg)
	}
	src := finding.StdinSource(bytes.NewReader(a.Bytes()))
	n := 0
	for r, err := range finding.Load(context.Background(), []finding.Source{src}, finding.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		p := r.Finding.Processes
		if len(p) != 1 || p[0].Script == nil || p[0].Script.Contents == "" || int64(len(p[0].Script.Contents)) != p[0].Script.Size {
			t.Fatalf("record %d: bad script %+v", n, p)
		}
		n++
	}
	if n != 200 {
		t.Errorf("loaded %d", n)
	}
}
