package model

import "testing"

// TestCountHighBytes: the word-at-a-time count equals a byte loop at every
// length and alignment.
func TestCountHighBytes(t *testing.T) {
	var b []byte
	for i := 0; i < 300; i++ {
		b = append(b, byte(i*37+11))
	}
	for start := 0; start < 9; start++ {
		for end := start; end <= len(b); end += 7 {
			s := string(b[start:end])
			want := 0
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					want++
				}
			}
			if got := countHighBytes(s); got != want {
				t.Fatalf("[%d:%d]: got %d, want %d", start, end, got, want)
			}
		}
	}
}
