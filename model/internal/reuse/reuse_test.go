package reuse

import "testing"

func TestSlicesKeepAndBounds(t *testing.T) {
	var s Slices[int64]
	a := s.Get(100)
	if len(a) != 0 || cap(a) < 100 {
		t.Fatalf("Get(100) = len %d cap %d", len(a), cap(a))
	}
	a = append(a, 7)
	s.Put(a)
	b := s.Get(50)
	if len(b) != 0 || cap(b) != cap(a) || &b[:1][0] != &a[0] {
		t.Fatalf("a kept slice big enough was not reused: cap %d, want %d", cap(b), cap(a))
	}
	s.Put(b)
	c := s.Get(1000) // the kept one is too small: dropped, a new one made
	if cap(c) < 1000 {
		t.Fatalf("Get(1000) cap %d", cap(c))
	}
	if _, ok := s.l.Get(); ok {
		t.Fatal("the too-small slice was kept")
	}
	z := s.Zeroed(3)
	if len(z) != 3 || z[0] != 0 || z[2] != 0 {
		t.Fatalf("Zeroed(3) = %v", z)
	}
	big := make([]int64, MaxBytes/8+1)
	s.Put(big)
	if _, ok := s.l.Get(); ok {
		t.Fatal("a slice over MaxBytes was kept")
	}
}

func TestListBounded(t *testing.T) {
	var l List[int]
	for i := range MaxItems + 5 {
		l.Put(i)
	}
	n := 0
	for {
		if _, ok := l.Get(); !ok {
			break
		}
		n++
	}
	if n != MaxItems {
		t.Fatalf("kept %d values, want %d", n, MaxItems)
	}
}

func TestMapsEmptiedAndBounded(t *testing.T) {
	var m Maps[string, int]
	if m.Get() != nil {
		t.Fatal("an empty Maps returned a map")
	}
	v := map[string]int{"a": 1}
	m.Put(v)
	got := m.Get()
	if got == nil || len(got) != 0 {
		t.Fatalf("Get after Put = %v, want an empty kept map", got)
	}
	big := make(map[string]int, MaxMapLen+1)
	for i := range MaxMapLen + 1 {
		big[string(rune(i+0x100))] = i
	}
	m.Put(big)
	if m.Get() != nil {
		t.Fatal("a map over MaxMapLen was kept")
	}
}
