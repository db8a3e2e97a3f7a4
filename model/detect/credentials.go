package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

var credentialPaths = []string{
	".aws/credentials", ".config/gcloud", "application_default_credentials.json", "credentials.db",
	"access_tokens.db", "legacy_credentials", "/etc/shadow", "/etc/gshadow", "/etc/sudoers", ".netrc", ".docker/config.json",
	".git-credentials", ".pypirc", ".npmrc", ".azure/", "Login Data", "logins.json", "key4.db", "wallet.dat",
	".config/filezilla", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".ssh/", "/.ssh", ".vault-token", ".pgpass", ".my.cnf",
	".bitcoin/", ".electrum/", "Local State", ".kube/config", "/etc/ssl/private", "**/*.pem", "**/*.key",
}

var credentialMatcher = newMatcher(false, credentialPaths...)

// credentialPath returns the credential store a text names, ignoring
// public keys and known_hosts.
func credentialPath(v string) string {
	n := credentialMatcher.find(v)
	if n == "" {
		return ""
	}
	if strings.HasSuffix(v, ".pub") || strings.Contains(v, "known_hosts") || strings.Contains(v, ".ssh/config") ||
		(n == ".ssh/" || n == "/.ssh") && !strings.Contains(v, "id_") && !strings.HasSuffix(v, ".ssh/") && !strings.HasSuffix(v, ".ssh") {
		return ""
	}
	return n
}

// runCredentialFiles: names of credential stores in the code (T1552.001,
// T1552.004, T1003.008, T1555.003).
func runCredentialFiles(c *Context) []Finding {
	ls := lineSet{}
	var why, tech []string
	keygen := false
	for _, k := range c.processCalls() {
		if strings.Contains(c.callText(k), "ssh-keygen") {
			keygen = true
		}
	}
	for _, s := range c.famStrs(famCredential, func(v string) bool { return credentialPath(v) != "" }) {
		if c.ownKeyUse(s.tok) || keygen && strings.Contains(s.value, "id_") {
			continue // a key handed to ssh/paramiko or being generated is used, not stolen
		}
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(credentialPath(s.value)))
		tech = append(tech, credentialTechnique(credentialPath(s.value)))
	}
	for _, d := range c.decoded(func(v string) bool { return credentialPath(v) != "" }) {
		ls.add(d.Line)
		why = append(why, quote(credentialPath(d.Value.S))+" (built)")
		tech = append(tech, credentialTechnique(credentialPath(d.Value.S)))
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "touches credential stores: "+strings.Join(uniq(why), ", "))
	f[0].Techniques = uniq(tech)
	return f
}

// ownKeyUse: the literal is a key_filename=/pkey=/identity argument.
func (c *Context) ownKeyUse(tok int) bool {
	for j := tok - 1; j >= 0 && j >= tok-3; j-- {
		if c.P.Is(j, "=") && j > 0 {
			switch c.P.Toks[j-1].Text {
			case "key_filename", "pkey", "identity_file", "identityfile", "client_keys":
				return true
			}
		}
	}
	return false
}

// credentialTechnique maps a credential store to its ATT&CK technique.
func credentialTechnique(n string) string {
	switch {
	case strings.Contains(n, "id_") || strings.Contains(n, "ssh") || strings.Contains(n, ".pem") || strings.Contains(n, ".key") || strings.Contains(n, "ssl/private"):
		return "T1552.004"
	case strings.Contains(n, "shadow"):
		return "T1003.008"
	case n == "Login Data" || n == "logins.json" || n == "key4.db" || n == "Local State":
		return "T1555.003"
	case n == ".kube/config":
		return "T1552.007"
	}
	return "T1552.001"
}

var secretWords = []string{"KEY", "SECRET", "TOKEN", "PASSW", "CRED", "AUTH", "PRIVATE"}

// wholeEnviron reports token i as the start of a read of the whole process
// environment: dict(os.environ), os.environ.copy()/items(), json.dumps(os.environ),
// str(os.environ), {**os.environ}, os.environ passed on as a value.
func (c *Context) wholeEnviron(i int) bool {
	t := c.P.Toks
	if t[i].Text != "environ" || i < 2 || !c.P.Is(i-1, ".") || c.P.Resolve(t[i-2].Text) != "os" {
		if !(t[i].Text == "environ" && c.P.Resolve("environ") == "os.environ" && (i == 0 || !c.P.Is(i-1, "."))) {
			return false
		}
	}
	n := i + 1
	if n >= len(t) {
		return true
	}
	switch {
	case c.P.Is(n, "."):
		return n+1 < len(t) && (t[n+1].Text == "copy" || t[n+1].Text == "items" || t[n+1].Text == "keys" || t[n+1].Text == "values")
	case c.P.Is(n, "[") || c.P.Is(n, "="):
		return false
	}
	return true
}

// runEnvHarvest: the whole environment (dict(os.environ), .copy(),
// .items(), json.dumps(os.environ) …) flowing into a send, a file write, a
// serialiser or print, or secret-named variables filtered out of it, in a
// script that sends or stores data (T1552.001).
func runEnvHarvest(c *Context) []Finding {
	var sinks []*flow.Call
	for i, f := range c.facts() {
		if f&(factSend|factSendAsk|factEnvSink) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		switch {
		case c.sends(i, f), k.Func == "json.dumps", k.Func == "json.dump", k.Func == "print",
			k.Func == "pickle.dumps", k.Func == "base64.b64encode", k.Func == "str":
			sinks = append(sinks, k)
		}
	}
	if len(sinks) == 0 {
		return nil
	}
	ls := lineSet{}
	var why []string
	whole := func(i int) bool { return c.P.Toks[i].Text == "environ" && c.wholeEnviron(i) && !c.passedAsEnv(i) }
	for _, k := range sinks {
		if j, ok := c.P.ReachesWithin(flow.Span{Start: k.Open + 1, End: k.Close}, 4, whole); ok {
			ls.add(c.tokLines(j)...)
			ls.add(c.callLines(k)...)
			why = append(why, "the whole environment reaches "+k.Func)
		}
	}
	// for k in os.environ: if "TOKEN" in k
	// (a literal with an ASCII lower-case letter is never its own upper case)
	for _, s := range c.slashStrs(litShortUpper, func(v string) bool {
		return len(v) <= 12 && anyOf(strings.ToUpper(v), secretWords...) != "" && strings.ToUpper(v) == v
	}) {
		st := c.P.StmtOf(s.tok)
		if c.P.Toks[st.Start].Text != "if" && c.P.Toks[st.Start].Text != "elif" {
			continue
		}
		if c.stmtNearEnviron(st) {
			ls.add(st.Line)
			why = append(why, "filters variables named like "+quote(s.value))
		}
	}
	if len(why) == 0 {
		return nil
	}
	return one(ls, fmt.Sprintf("harvests environment variables: %s", strings.Join(uniq(why), ", ")))
}

// passedAsEnv: os.environ(.copy()) used as env= of a process call or
// assigned to a variable used only that way.
func (c *Context) passedAsEnv(i int) bool {
	for _, k := range c.processCalls() {
		if k.Open < i && i < k.Close {
			return true
		}
	}
	for _, k := range c.callsWith(factOsExecSpawn) { // os.exec*, os.spawn*, os.posix_spawn*
		if k.Open < i && i < k.Close {
			return true
		}
	}
	st := c.P.StmtOf(i)
	for j := i; j >= st.Start; j-- {
		if c.P.Is(j, "=") && j-1 > st.Start && c.P.Toks[j-1].Text == "env" {
			return true
		}
	}
	// env = os.environ.copy(): the name is then used as env=env
	if c.P.Toks[st.Start].Kind == pytoken.Name && st.End > st.Start+1 && c.P.Is(st.Start+1, "=") {
		name := c.P.Toks[st.Start].Text
		uses := 0
		for _, u := range c.names(name) {
			if u <= st.Start {
				continue
			}
			uses++
			if u > 1 && c.P.Is(u-1, "=") && c.P.Toks[u-2].Text == "env" || u+1 < len(c.P.Toks) && c.P.Is(u+1, "[") {
				uses--
			}
		}
		return uses == 0 && len(c.names(name)) > 1
	}
	return false
}

// stmtNearEnviron: the statement or one of the three before it uses environ.
func (c *Context) stmtNearEnviron(st flow.Stmt) bool {
	from := st.Start - 40
	if from < 0 {
		from = 0
	}
	for i := from; i < st.End; i++ {
		if c.P.Toks[i].Text == "environ" {
			return true
		}
	}
	return false
}
