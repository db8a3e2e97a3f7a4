package finding

import "testing"

func TestShortCategory(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Execution: Malicious Python executed", "Malicious Python executed"},
		{"Defense Evasion: Base64 Encoded Python Script Executed", "Base64 Encoded Python Script Executed"},
		{"Command and Control: Piped Encoded Download", "Piped Encoded Download"},
		{"execution: lower case", "lower case"},
		{"Malicious Script Executed", "Malicious Script Executed"},
		{"Reverse Shell", "Reverse Shell"},
		{"Weird: Unknown prefix", "Weird: Unknown prefix"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ShortCategory(tt.in); got != tt.want {
			t.Errorf("ShortCategory(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSeverityRank(t *testing.T) {
	order := []string{"CRITICAL", "HIGH", "MEDIUM", "LOW", "SEVERITY_UNSPECIFIED"}
	for i := 0; i+1 < len(order); i++ {
		if SeverityRank(order[i]) <= SeverityRank(order[i+1]) {
			t.Errorf("%s should outrank %s", order[i], order[i+1])
		}
	}
	if SeverityRank("high") != SeverityRank("HIGH") || SeverityRank("") != 0 || SeverityRank("BOGUS") != 0 {
		t.Error("SeverityRank not case-insensitive or unknowns not 0")
	}
}
