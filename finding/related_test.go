package finding

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)

func podRec(id, podName, ctr string, at time.Duration) *Record {
	r := &Record{Finding: Finding{
		Name:         id,
		ResourceName: "//container.googleapis.com/projects/p/locations/l/clusters/c",
		EventTime:    t0.Add(at),
	}}
	if podName != "" {
		r.Finding.Kubernetes.Pods = []Pod{{Namespace: "ns", Name: podName, Containers: []Container{{Name: ctr}}}}
	}
	return r
}

func names(rs []*Record) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Finding.Name)
	}
	return out
}

func TestRelated(t *testing.T) {
	target := podRec("target", "web-1", "app", 0)
	all := []*Record{
		podRec("later", "web-1", "app", 30*time.Minute),
		target,
		podRec("earlier", "web-1", "app", -59*time.Minute),
		podRec("edge", "web-1", "app", time.Hour),
		podRec("too-late", "web-1", "app", 61*time.Minute),
		podRec("other-pod", "web-2", "app", time.Minute),
		podRec("sidecar", "web-1", "proxy", time.Minute),
		podRec("cluster-level", "", "", 5*time.Minute), // names no container: related by resource
		{Finding: Finding{Name: "create-time-only", CreateTime: t0.Add(2 * time.Minute),
			ResourceName: "//container.googleapis.com/projects/p/locations/l/clusters/c"}},
		{Finding: Finding{Name: "other-cluster", EventTime: t0,
			ResourceName: "//container.googleapis.com/projects/p/locations/l/clusters/z"}},
		nil,
	}
	want := []string{"earlier", "create-time-only", "cluster-level", "later", "edge"}
	if got := names(Related(all, target, DefaultRelatedWindow)); !slices.Equal(got, want) {
		t.Errorf("Related = %q, want %q", got, want)
	}
	idx := NewIndex(all)
	if got := names(idx.Related(target, DefaultRelatedWindow)); !slices.Equal(got, want) {
		t.Errorf("Index.Related = %q, want %q", got, want)
	}
	wantNarrow := []string{"create-time-only", "cluster-level"}
	if got := names(idx.Related(target, 10*time.Minute)); !slices.Equal(got, wantNarrow) {
		t.Errorf("Index.Related(10m) = %q, want %q", got, wantNarrow)
	}
	// A cluster-level finding relates to every finding on the cluster.
	cl := all[7]
	wantCl := []string{"target", "other-pod", "sidecar", "create-time-only", "later", "edge", "too-late"} // window is ±1h around +5m
	if got := names(idx.Related(cl, DefaultRelatedWindow)); !slices.Equal(got, wantCl) {
		t.Errorf("Index.Related(cluster-level) = %q, want %q", got, wantCl)
	}
	if Related(all, nil, time.Hour) != nil || idx.Related(nil, time.Hour) != nil {
		t.Error("nil target gave results")
	}
}

// The index must agree with the plain scan on random data.
func TestIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	recs := randomRecords(rng, 2000)
	idx := NewIndex(recs)
	for i := 0; i < 200; i++ {
		target := recs[rng.IntN(len(recs))]
		w := time.Duration(rng.IntN(180)) * time.Minute
		a, b := names(Related(recs, target, w)), names(idx.Related(target, w))
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Fatalf("target %s window %v: scan %q, index %q", target.Finding.Name, w, a, b)
		}
	}
}

func randomRecords(rng *rand.Rand, n int) []*Record {
	recs := make([]*Record, n)
	for i := range recs {
		cluster := fmt.Sprintf("c%d", rng.IntN(5))
		r := &Record{Finding: Finding{
			Name:         fmt.Sprintf("f%d", i),
			ResourceName: "//container.googleapis.com/projects/p/locations/l/clusters/" + cluster,
			EventTime:    t0.Add(time.Duration(rng.IntN(7*24*60)) * time.Minute),
		}}
		switch rng.IntN(4) {
		case 0: // cluster level
		case 1:
			r.Finding.ResourceName = fmt.Sprintf("//run.googleapis.com/projects/p/locations/l/services/s%d/revisions/r%d", rng.IntN(5), rng.IntN(3))
			r.Finding.Containers = []Container{{Name: "app"}}
		default:
			r.Finding.Kubernetes.Pods = []Pod{{Namespace: "ns", Name: fmt.Sprintf("pod%d", rng.IntN(20)),
				Containers: []Container{{Name: fmt.Sprintf("k%d", rng.IntN(2))}}}}
		}
		recs[i] = r
	}
	return recs
}

func BenchmarkRelatedIndex100k(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	recs := randomRecords(rng, 100_000)
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			NewIndex(recs)
		}
	})
	idx := NewIndex(recs)
	b.Run("query", func(b *testing.B) {
		i := 0
		for b.Loop() {
			idx.Related(recs[i%len(recs)], DefaultRelatedWindow)
			i++
		}
	})
	b.Run("scan", func(b *testing.B) {
		i := 0
		for b.Loop() {
			Related(recs, recs[i%len(recs)], DefaultRelatedWindow)
			i++
		}
	})
}
