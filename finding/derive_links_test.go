package finding

import (
	"strings"
	"testing"
)

func TestVirusTotalURL(t *testing.T) {
	a := strings.Repeat("a", 64)
	b := strings.Repeat("b", 64)
	tests := []struct {
		name string
		f    *Finding
		want string
	}{
		{"script sha", &Finding{Processes: []Process{{Script: &File{SHA256: a}, Binary: &File{SHA256: b}}}}, "https://www.virustotal.com/gui/file/" + a},
		{"upper-case normalised", &Finding{Processes: []Process{{Script: &File{SHA256: strings.ToUpper(a)}}}}, "https://www.virustotal.com/gui/file/" + a},
		{"binary when no script", &Finding{Processes: []Process{{Binary: &File{SHA256: b}}}}, "https://www.virustotal.com/gui/file/" + b},
		{"binary when script partially hashed", &Finding{Processes: []Process{{
			Script: &File{SHA256: a, PartiallyHashed: true}, Binary: &File{SHA256: b}}}}, "https://www.virustotal.com/gui/file/" + b},
		{"binary when script hash covers a prefix", &Finding{Processes: []Process{{
			Script: &File{SHA256: a, Size: 100, HashedSize: 10}, Binary: &File{SHA256: b}}}}, "https://www.virustotal.com/gui/file/" + b},
		{"hostile sha refused", &Finding{Processes: []Process{{Script: &File{SHA256: "../../x\x1b]8;;"}}}}, ""},
		{"nothing", &Finding{}, ""},
		{"nil", nil, ""},
	}
	for _, tt := range tests {
		if got := VirusTotalURL(tt.f); got != tt.want {
			t.Errorf("%s: VirusTotalURL = %q, want %q", tt.name, got, tt.want)
		}
	}
}
