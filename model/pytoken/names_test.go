package pytoken

import "testing"

func TestLookupName(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		ok   bool
	}{
		{"LATIN SMALL LETTER A", 'a', true},
		{"latin capital letter z", 'Z', true},
		{"BULLET", '•', true},
		{"RIGHT-TO-LEFT OVERRIDE", 0x202e, true},
		{"HANGUL FILLER", 0x3164, true},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0x4e00, true},
		{"GRINNING FACE", 0x1F600, true},
		{"NOT A NAME", 0, false},
	}
	for _, tc := range tests {
		r, ok := lookupName(tc.name)
		if r != tc.r || ok != tc.ok {
			t.Errorf("lookupName(%q) = %U, %v; want %U, %v", tc.name, r, ok, tc.r, tc.ok)
		}
	}
}

func BenchmarkBuildNames(b *testing.B) {
	for b.Loop() {
		buildNames()
	}
}
