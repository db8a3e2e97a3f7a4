package finding

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// TestLoadStreamsBeforeEOF checks that a record is yielded as soon as it
// has been read, while the writer has not closed the pipe.
func TestLoadStreamsBeforeEOF(t *testing.T) {
	for _, tc := range []struct{ name, first, rest string }{
		{"json lines", "{\"name\":\"first\"}\n", "{\"name\":\"second\"}\n"},
		{"array", "[{\"name\":\"first\"},", "{\"name\":\"second\"}]"},
		{"listFindingsResults", "{\"listFindingsResults\":[{\"finding\":{\"name\":\"first\"}},", "{\"finding\":{\"name\":\"second\"}}]}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			go func() { _, _ = io.WriteString(pw, tc.first) }()
			next, stop := iterPull(Load(context.Background(), []Source{StdinSource(pr)}, Options{}))
			defer stop()
			got := make(chan *Record, 1)
			go func() {
				r, _, _ := next()
				got <- r
			}()
			select {
			case r := <-got:
				if r == nil || r.Finding.Name != "first" {
					t.Fatalf("first record = %+v", r)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no record before the writer closed the pipe")
			}
			go func() {
				_, _ = io.WriteString(pw, tc.rest)
				pw.Close()
			}()
			r, err, ok := next()
			if !ok || err != nil || r.Finding.Name != "second" {
				t.Fatalf("second = %+v, %v, %v", r, err, ok)
			}
			if _, _, ok := next(); ok {
				t.Fatal("more than two results")
			}
		})
	}
}

// TestLoadLargeRecordsAcrossChunks loads records that straddle the read
// chunk boundary and one larger than a chunk, and checks Raw stays
// intact after later chunks are read.
func TestLoadLargeRecordsAcrossChunks(t *testing.T) {
	var b strings.Builder
	var want []string
	for i := range 40 {
		body := strings.Repeat("x", 50_000+i*997)
		if i == 20 {
			body = strings.Repeat("y", 3*readChunk)
		}
		if i == 30 { // a bad line longer than a chunk, skipped to the next line
			b.WriteString(`{"name":"bad",` + strings.Repeat("z", 2*readChunk) + "}\n")
		}
		name := "n" + itoa(i)
		want = append(want, name)
		b.WriteString(`{"name":"` + name + `","description":"` + body + "\"}\n")
	}
	recs, errs := loadAll(t, []Source{StdinSource(iotest.HalfReader(strings.NewReader(b.String())))}, Options{})
	if len(errs) != 1 || errs[0].Origin.Line != 31 || errs[0].Origin.Index != 30 {
		t.Fatalf("errors %v", errs)
	}
	if len(recs) != len(want) {
		t.Fatalf("%d records", len(recs))
	}
	lines := strings.Split(b.String(), "\n")
	for i, r := range recs {
		line := i + 1
		if i >= 30 {
			line++ // after the bad line
		}
		if r.Finding.Name != want[i] || string(r.Raw) != lines[line-1] || r.Origin.Line != line {
			t.Errorf("record %d: name %q line %d raw ok %v", i, r.Finding.Name, r.Origin.Line, string(r.Raw) == lines[line-1])
		}
	}
}

// TestLoadCancel checks that a cancelled context stops the load.
func TestLoadCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := strings.Repeat("{\"name\":\"ok\"}\n", 100)
	n := 0
	var last error
	for r, err := range Load(ctx, []Source{StdinSource(strings.NewReader(data))}, Options{}) {
		if r != nil {
			n++
		}
		last = err
		if n == 3 {
			cancel()
		}
	}
	if n != 3 || !errors.Is(last, context.Canceled) {
		t.Errorf("loaded %d records after cancel at 3; last error %v", n, last)
	}
}
