package finding

import "testing"

func TestMitreID(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"EXECUTION", "TA0002", true},
		{"COMMAND_AND_CONTROL", "TA0011", true},
		{"IMPACT", "TA0040", true},
		{"PYTHON", "T1059.006", true},
		{"COMMAND_AND_SCRIPTING_INTERPRETER", "T1059", true},
		{"INGRESS_TOOL_TRANSFER", "T1105", true},
		{"ESCAPE_TO_HOST", "T1611", true},
		{"python", "T1059.006", true},
		{" UNIX_SHELL ", "T1059.004", true},
		{"TECHNIQUE_UNSPECIFIED", "", false},
		{"SOME_FUTURE_TECHNIQUE", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := MitreID(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("MitreID(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMitreTablesWellFormed(t *testing.T) {
	for name, id := range mitreTactics {
		if MitreURL(id) == "" || id[:2] != "TA" {
			t.Errorf("tactic %s has bad id %q", name, id)
		}
	}
	for name, id := range mitreTechniques {
		if MitreURL(id) == "" || id[:2] == "TA" {
			t.Errorf("technique %s has bad id %q", name, id)
		}
	}
}

func TestMitreURL(t *testing.T) {
	tests := []struct{ id, want string }{
		{"TA0002", "https://attack.mitre.org/tactics/TA0002/"},
		{"T1059", "https://attack.mitre.org/techniques/T1059/"},
		{"T1059.006", "https://attack.mitre.org/techniques/T1059/006/"},
		{"T1059.6", ""},
		{"T1059/../../x", ""},
		{"javascript:alert(1)", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := MitreURL(tt.id); got != tt.want {
			t.Errorf("MitreURL(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestMitreRefs(t *testing.T) {
	m := MitreAttack{
		PrimaryTactic:        "EXECUTION",
		PrimaryTechniques:    []string{"PYTHON", "COMMAND_AND_SCRIPTING_INTERPRETER"},
		AdditionalTactics:    []string{"EXECUTION", "COMMAND_AND_CONTROL"},
		AdditionalTechniques: []string{"NEW_THING"},
	}
	got := MitreRefs(m)
	want := []MitreRef{
		{"EXECUTION", "TA0002", "https://attack.mitre.org/tactics/TA0002/", true, true},
		{"PYTHON", "T1059.006", "https://attack.mitre.org/techniques/T1059/006/", false, true},
		{"COMMAND_AND_SCRIPTING_INTERPRETER", "T1059", "https://attack.mitre.org/techniques/T1059/", false, true},
		{"COMMAND_AND_CONTROL", "TA0011", "https://attack.mitre.org/tactics/TA0011/", true, false},
		{"NEW_THING", "", "", false, false},
	}
	if len(got) != len(want) {
		t.Fatalf("MitreRefs = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ref %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
