package detect

import (
	"fmt"
	"net"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// sensitiveAt reports token i as the start of sensitive data: the whole
// environment, a secret-named variable, a credential file, a metadata
// token, the k8s token, or host identity used for beaconing.
func (c *Context) sensitiveAt(i int) (string, bool) {
	t := c.P.Toks[i]
	switch t.Kind {
	case pytoken.Name:
		if t.Text == "environ" && c.wholeEnviron(i) {
			return "the environment", true
		}
		if t.Text == "getenv" || t.Text == "environ" {
			// os.getenv("AWS_SECRET_ACCESS_KEY"), os.environ["GITHUB_TOKEN"]
			for j := i + 1; j < i+4 && j < len(c.P.Toks); j++ {
				if c.P.Toks[j].Kind == pytoken.String {
					v, _, _ := pytoken.StringValue(c.P.Toks[j].Text)
					if anyOf(strings.ToUpper(v), secretWords...) != "" {
						return "secret variable " + quote(v), true
					}
				}
			}
		}
	case pytoken.String:
		v, _, _ := pytoken.StringValue(t.Text)
		if n := credentialPath(v); n != "" {
			return "credential file " + quote(n), true
		}
		if metadataToken(v) != "" {
			return "metadata token", true
		}
		if strings.Contains(v, "serviceaccount/token") || strings.HasSuffix(v, "kubernetes.io/serviceaccount") {
			return "Kubernetes token", true
		}
	}
	return "", false
}

// runExfilSink: data from a sensitive source reaches a network send
// (T1041, T1567): POST of the environment, of credential files, of tokens.
func runExfilSink(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&(factSend|factSendAsk|factFetch) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		fetch := !c.sends(i, f) && f&factFetch != 0
		if !c.sends(i, f) && !fetch {
			continue
		}
		var what string
		j, ok := 0, false
		for _, a := range k.Args {
			auth := a.Key == "headers" || a.Key == "auth" || a.Key == "cookies"
			j, ok = c.P.ReachesWithin(a.Span, 4, func(i int) bool {
				w, ok := c.sensitiveAt(i)
				if auth && strings.HasPrefix(w, "secret variable") {
					return false // a token in an auth header is the token's purpose
				}
				what = w
				return ok
			})
			if ok {
				break
			}
		}
		if !ok {
			continue
		}
		// a metadata token sent to Google APIs is the normal google-auth flow;
		// fetching it is metadata-token's business, not a send
		if what == "metadata token" && fetch {
			continue
		}
		if what == "metadata token" {
			if h, known := c.sendHost(k); known && trustedTokenHost(h) || c.P.Toks[j].Stmt == c.P.Toks[k.Open].Stmt {
				continue
			}
		}
		ls := lineSet{}
		ls.add(c.tokLines(j)...)
		ls.add(c.callLines(k)...)
		out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s sends %s (line %d)", k.Func, what, c.P.Toks[j].Line), Techniques: []string{c.exfilTechnique(k)}})
	}
	return out
}

func hasKey(k *flow.Call, keys ...string) bool {
	for _, a := range k.Args {
		if contains(keys, a.Key) {
			return true
		}
	}
	return false
}

var exfilServices = []string{
	"discord.com/api/webhooks", "discordapp.com/api/webhooks", "api.telegram.org/bot", "pastebin.com", "paste.ee",
	"hastebin", "ghostbin", "transfer.sh", "ngrok.io", "ngrok-free.app", "ngrok.app", "trycloudflare.com", "serveo.net",
	"requestbin", "pipedream.net", "webhook.site", "interact.sh", "oast.", "burpcollaborator.net", "canarytokens",
	"dnslog.cn", "ceye.io", "anonfiles", "file.io", "gofile.io", "api.ipify.org", "ipinfo.io", "ifconfig.me",
	"icanhazip.com", "ip-api.com", "checkip.amazonaws.com", "ipecho.net", "bashupload", "termbin.com", "0x0.st",
}

var exfilMatcher = newMatcher(true, exfilServices...)

// runExfilService: URLs of channels favoured for exfiltration and C2 —
// chat webhooks, bot APIs, paste sites, tunnels, OAST, IP lookups (T1567,
// T1102, T1016).
func runExfilService(c *Context) []Finding {
	ls := lineSet{}
	var why, tech []string
	for _, s := range c.famStrs(famExfil, func(v string) bool { return exfilMatcher.find(v) != "" }) {
		ls.add(c.tokLines(s.tok)...)
		n := exfilMatcher.find(s.value)
		why = append(why, quote(n))
		switch {
		case strings.Contains(n, "ip") || strings.Contains(n, "ifconfig") || n == "ipecho.net":
			tech = append(tech, "T1016") // the host's public address: discovery
		case anyOf(strings.ToLower(s.value), webhookHosts...) != "":
			tech = append(tech, "T1567.004")
		default:
			tech = append(tech, "T1567")
			if c.remoteTasking() {
				tech = append(tech, "T1102") // commands come back through the service
			}
		}
	}
	for _, d := range c.decoded(func(v string) bool { return exfilMatcher.find(v) != "" }) {
		ls.add(d.Line)
		why = append(why, quote(exfilMatcher.find(d.Value.S))+" (built)")
		tech = append(tech, "T1567")
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "talks to an exfiltration/C2-friendly service: "+strings.Join(uniq(why), ", "))
	if len(tech) > 0 {
		f[0].Techniques = uniq(tech)
	}
	return f
}

// remoteTasking reports a command or Python text fetched over the network
// and run: the script takes orders from where it talks to.
func (c *Context) remoteTasking() bool {
	for _, k := range append(c.processCalls()[:len(c.processCalls()):len(c.processCalls())], c.execCalls()...) {
		if a, ok := k.Arg(0, "args"); ok {
			if _, ok := c.P.ReachesCall(a, c.isRemoteFetch); ok {
				return true
			}
		}
	}
	return false
}

// rawIPHost extracts a literal IP host from a URL-ish string.
func rawIPHost(v string) string {
	i := strings.Index(v, "://")
	if i < 0 {
		return ""
	}
	h := v[i+3:]
	if j := strings.LastIndexByte(h[:minInt(len(h), strings.IndexAny(h+"/", "/?#"))], '@'); j >= 0 {
		h = h[j+1:]
	}
	if strings.HasPrefix(h, "[") {
		if j := strings.IndexByte(h, ']'); j > 0 {
			h = h[1:j]
		}
	} else if j := strings.IndexAny(h, ":/?#"); j >= 0 {
		h = h[:j]
	}
	ip := net.ParseIP(h)
	if ip == nil || ip.IsLoopback() || ip.IsUnspecified() || h == "169.254.169.254" {
		return ""
	}
	return h
}

// runRawIPURL: URLs whose host is a literal IP address (any address), and
// sockets connecting to literal IPs (T1071.001). Loopback is left out.
func runRawIPURL(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, s := range c.slashStrs(slashURL, func(v string) bool { return len(v) < 4096 && rawIPHost(v) != "" }) {
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(rawIPHost(s.value)))
	}
	for _, k := range c.callsNamed("connect", "connect_ex", "create_connection", "sendto") {
		a, ok := k.Arg(0, "address")
		if k.Method() == "sendto" {
			a, ok = k.Arg(1, "")
		}
		if !ok {
			continue
		}
		for i := a.Start; i < a.End; i++ {
			if c.P.Toks[i].Kind != pytoken.String {
				continue
			}
			v, _, _ := pytoken.StringValue(c.P.Toks[i].Text)
			if ip := net.ParseIP(v); ip != nil && !ip.IsLoopback() && !ip.IsUnspecified() {
				ls.add(c.callLines(k)...)
				why = append(why, "socket to "+quote(v))
			}
		}
	}
	if len(why) == 0 {
		return nil
	}
	return one(ls, "uses raw IP addresses instead of names: "+strings.Join(uniq(why), ", "))
}

// runDNSExfil: DNS lookups of names built from data (T1071.004, T1048.003).
func runDNSExfil(c *Context) []Finding {
	var out []Finding
	for _, k := range c.calls("socket.gethostbyname", "socket.getaddrinfo", "socket.gethostbyname_ex", "dns.resolver.resolve", "dns.resolver.query", "dns.resolver.Resolver().resolve", "dns.resolver.Resolver().query") {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		if _, folds := c.P.Eval(a); folds {
			continue
		}
		built := false
		for i := a.Start; i < a.End; i++ {
			t := c.P.Toks[i]
			if t.Kind == pytoken.String && strings.Contains(t.Text, "{") && strings.ContainsAny(t.Text[:minInt(3, len(t.Text))], "fF") ||
				t.Kind == pytoken.Op && (t.Text == "+" || t.Text == "%") || t.Text == "format" || t.Text == "join" {
				built = true
			}
		}
		dom := strings.Contains(c.text(a), ".")
		if built && dom {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " resolves a name built from data (DNS tunnelling)"})
		}
	}
	for _, k := range c.processCalls() {
		t := c.callText(k)
		if anyOf(t, "nslookup ", "dig ", "host ") != "" && strings.Count(t, " ") > 0 && hasBuiltArg(c, k) {
			out = append(out, Finding{Lines: c.callLines(k), Message: "shell DNS lookup of a name built from data"})
		}
	}
	return out
}

func hasBuiltArg(c *Context, k *flow.Call) bool {
	a, ok := k.Arg(0, "args")
	if !ok {
		return false
	}
	_, folds := c.P.Eval(a)
	return !folds
}
