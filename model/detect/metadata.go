package detect

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
)

var metadataHosts = []string{"metadata.google.internal", "169.254.169.254", "metadata.goog", "fd00:ec2::254", "100.100.100.200", "169.254.170.2"}

// tokenPaths are metadata paths that hand out credentials.
var tokenPaths = []string{"service-accounts/", "/token", "/identity", "security-credentials", "latest/api/token", "x-aws-ec2-metadata-token", "/credentials", "iam/info"}

var (
	mdDirect = newMatcher(true, "service-accounts/default/token", "computemetadata/v1/instance/service-accounts", "iam/security-credentials", "latest/api/token", "x-aws-ec2-metadata-token", "/v2/credentials")
	mdHosts  = newMatcher(true, metadataHosts...)
	mdPaths  = newMatcher(true, tokenPaths...)
)

func metadataToken(v string) string {
	if n := mdDirect.find(v); n != "" {
		return n
	}
	if mdHosts.find(v) != "" {
		return mdPaths.find(v)
	}
	return ""
}

// metadataTokenSites are the string literals and folded values that name a
// metadata credential endpoint.
func (c *Context) metadataTokenSites() []str {
	return c.famStrs(famMetadata, func(v string) bool { return metadataToken(v) != "" })
}

// runMetadataToken: reading a service-account or instance-role token from
// the cloud metadata server (T1552.005). google-auth does this too, so it
// is evidence; token-exfil is the threat.
func runMetadataToken(c *Context) []Finding {
	sites := c.metadataTokenSites()
	ls := lineSet{}
	for _, s := range sites {
		ls.add(c.tokLines(s.tok)...)
	}
	if len(sites) == 0 {
		// the path may be built from pieces
		for _, d := range c.decoded(func(v string) bool { return metadataToken(v) != "" }) {
			ls.add(d.Line)
		}
	}
	if len(ls) == 0 {
		return nil
	}
	msg := "reads a credential from the cloud metadata server"
	if len(sites) > 0 {
		msg += " (" + quote(metadataToken(sites[0].value)) + ")"
	}
	return one(ls, msg)
}

// trustedTokenHost: where a metadata token may legitimately go.
func trustedTokenHost(h string) bool {
	h = strings.ToLower(h)
	return strings.HasSuffix(h, ".googleapis.com") || h == "googleapis.com" || h == "metadata.google.internal" ||
		h == "169.254.169.254" || strings.HasSuffix(h, ".amazonaws.com") || h == "localhost" || h == "127.0.0.1" ||
		strings.HasSuffix(h, ".google.com") || strings.HasSuffix(h, ".run.app") || strings.HasSuffix(h, ".cloudfunctions.net") ||
		strings.HasSuffix(h, ".appspot.com")
}

// sendHost is the host a network send goes to, if it is constant.
func (c *Context) sendHost(k *flow.Call) (string, bool) { return c.sendHostVia(k, 0) }

// sendHostVia follows the url argument to the Request object it was built
// by, at most four Requests deep and never to k itself (a Request whose
// url reaches itself would otherwise recurse until the stack ran out).
func (c *Context) sendHostVia(k *flow.Call, depth int) (string, bool) {
	var s flow.Span
	var ok bool
	if k.Method() == "sendall" || k.Method() == "send" || k.Method() == "sendto" {
		return "", false
	}
	if s, ok = k.Arg(0, "url"); !ok {
		return "", false
	}
	t := c.text(s)
	if i := strings.Index(t, "://"); i >= 0 {
		if u, err := url.Parse(strings.TrimSpace(t[i-minInt(i, 5):])); err == nil && u.Hostname() != "" {
			return u.Hostname(), true
		}
	}
	// url built from a Request object
	if depth >= 4 {
		return "", false
	}
	if r, ok := c.P.ReachesCall(s, func(r *flow.Call) bool { return r != k && strings.HasSuffix(r.Func, "Request") }); ok {
		return c.sendHostVia(r, depth+1)
	}
	return "", false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// runTokenExfil: a metadata token and a network send to a host outside
// Google and AWS APIs (or to a host the script hides). T1528, T1041.
func runTokenExfil(c *Context) []Finding {
	sites := c.metadataTokenSites()
	if len(sites) == 0 {
		return nil
	}
	var out []Finding
	for _, k := range c.processCalls() {
		t := c.callText(k)
		if metadataToken(t) != "" && anyOf(t, "-d @", "--data", "-X POST", "-XPOST", "| curl", "|curl", "| nc", "--post-file", "--post-data", "| wget") != "" {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " pipes a metadata token to another request", Techniques: []string{"T1552.005", "T1528", "T1041", "T1059.004"}})
			continue
		}
		for _, a := range k.Args {
			if f, ok := c.P.ReachesCall(a.Span, func(r *flow.Call) bool {
				if !c.isFetch(r) {
					return false
				}
				h, ok := c.sendHost(r)
				return ok && mdHosts.find(h) != ""
			}); ok {
				ls := lineSet{}
				ls.add(c.callLines(f)...)
				ls.add(c.callLines(k)...)
				out = append(out, Finding{Lines: ls.sorted(), Message: k.Func + " is handed the metadata token", Strength: 0.5, Techniques: []string{"T1552.005", "T1528"}})
				break
			}
		}
	}
	for i, f := range c.facts() {
		if f&(factSend|factSendAsk|factFetch) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		if !c.sends(i, f) && !(f&factFetch != 0 && k.Method() != "recv") {
			continue
		}
		host, known := c.sendHost(k)
		if known && trustedTokenHost(host) {
			continue
		}
		// the send must carry data that comes from the metadata response,
		// or be a send (POST/socket) in a script that fetched a token
		carries := false
		for _, a := range k.Args {
			if _, ok := c.P.ReachesCall(a.Span, func(r *flow.Call) bool {
				if !c.isFetch(r) || r == k {
					return false
				}
				h, ok := c.sendHost(r)
				return ok && anyOf(h, metadataHosts...) != ""
			}); ok {
				carries = true
			}
		}
		if !carries && !c.sends(i, f) {
			continue
		}
		ls := lineSet{}
		ls.add(c.tokLines(sites[0].tok)...)
		ls.add(c.callLines(k)...)
		where := "a host the script does not name"
		if known {
			where = quote(host)
		}
		f := Finding{Lines: ls.sorted(), Message: fmt.Sprintf("metadata credential sent by %s to %s", k.Func, where),
			Techniques: []string{"T1552.005", "T1528", c.exfilTechnique(k)}}
		if !known && !carries {
			f.Strength = 0.5
		}
		out = append(out, f)
	}
	return out
}
