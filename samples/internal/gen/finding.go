package gen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// fakeHash is a stable, obviously made-up sha256 for things the set has no
// bytes of (interpreters, image digests, dropped binaries).
func fakeHash(seed string) string {
	sum := sha256.Sum256([]byte("pytriage-sample/" + seed))
	return hex.EncodeToString(sum[:])
}

func sha256Hex(b string) string {
	sum := sha256.Sum256([]byte(b))
	return hex.EncodeToString(sum[:])
}

func (s *scenario) id() string { return fakeHash("finding/" + s.Key)[:32] }

func (s *scenario) eventTime() time.Time { return at(s.At) }

// createTime trails the event by a detection delay of 10–59 s.
func (s *scenario) createTime() time.Time {
	return s.eventTime().Add(time.Duration(10+s.PID%50) * time.Second)
}

// findingName is the finding's resource name: v2 names carry a location.
func (s *scenario) findingName(v2 bool) string {
	w := workloads[s.On]
	if v2 {
		return "organizations/" + orgID + "/sources/" + w.source() + "/locations/global/findings/" + s.id()
	}
	return "organizations/" + orgID + "/sources/" + w.source() + "/findings/" + s.id()
}

func (s *scenario) findingParent(v2 bool) string {
	w := workloads[s.On]
	if v2 {
		return "organizations/" + orgID + "/sources/" + w.source() + "/locations/global"
	}
	return "organizations/" + orgID + "/sources/" + w.source()
}

func (s *scenario) severity() string {
	if s.Severity != "" {
		return s.Severity
	}
	return categories[s.Category].Severity
}

func (s *scenario) state() string {
	if s.State != "" {
		return s.State
	}
	return "ACTIVE"
}

func (s *scenario) mute() string {
	if s.MuteConfig != "" {
		return "MUTED"
	}
	if s.Mute != "" {
		return s.Mute
	}
	return "UNDEFINED"
}

func isBash(name string) bool { return strings.HasSuffix(name, ".sh") }

// finding builds the camelCase Finding tree; v2 adds the v2-only fields
// (userId, muteInfo, locations in names), v1 adds canonicalName.
func (s *scenario) finding(scripts map[string]string, v2 bool) (obj, error) {
	w := workloads[s.On]
	if w == nil {
		return nil, fmt.Errorf("scenario %s: unknown workload %q", s.Key, s.On)
	}
	cat, ok := categories[s.Category]
	if !ok {
		return nil, fmt.Errorf("scenario %s: unknown category %q", s.Key, s.Category)
	}
	proc, err := s.process(w, scripts, v2)
	if err != nil {
		return nil, err
	}
	name := s.findingName(v2)
	f := obj{{"name", name}}
	if !v2 {
		f = append(f, kv{"canonicalName", "projects/" + w.Project.Number + "/sources/" + w.source() + "/findings/" + s.id()})
	}
	f = append(f,
		kv{"parent", s.findingParent(v2)},
		kv{"resourceName", w.resourceName()},
		kv{"state", s.state()},
		kv{"category", s.Category},
		kv{"externalUri", w.consoleURI()},
		kv{"sourceProperties", obj{}},
	)
	marks := obj{{"name", name + "/securityMarks"}}
	if len(s.Marks) > 0 {
		marks = append(marks, kv{"marks", s.Marks})
	}
	f = append(f,
		kv{"securityMarks", marks},
		kv{"eventTime", ts(s.eventTime())},
		kv{"createTime", ts(s.createTime())},
		kv{"severity", s.severity()},
		kv{"mute", s.mute()},
	)
	if v2 {
		if mi := s.muteInfo(); mi != nil {
			f = append(f, kv{"muteInfo", mi})
		}
	}
	f = append(f, kv{"findingClass", "THREAT"})
	if ind := s.indicator(); ind != nil {
		f = append(f, kv{"indicator", ind})
	}
	f = append(f, kv{"mitreAttack", s.mitre(cat)})
	if s.mute() != "UNDEFINED" {
		initiator := "analyst@acme.example"
		if s.MuteConfig != "" {
			initiator = "Mute config: " + s.MuteConfig
		}
		f = append(f, kv{"muteInitiator", initiator}, kv{"muteUpdateTime", ts(s.eventTime().Add(2*time.Hour + 17*time.Minute))})
	}
	f = append(f, kv{"processes", []any{proc}})
	f = append(f, kv{"containers", []any{w.containerObj(true)}})
	if w.Kind == gke {
		f = append(f, kv{"kubernetes", w.kubernetesObj()})
	}
	if s.Conn != nil {
		f = append(f, kv{"connections", []any{obj{
			{"destinationIp", s.Conn.DstIP}, {"destinationPort", int(s.Conn.DstPort)},
			{"sourceIp", s.Conn.SrcIP}, {"sourcePort", int(s.Conn.SrcPort)}, {"protocol", "TCP"},
		}}})
	}
	f = append(f,
		kv{"description", cat.Description},
		kv{"nextSteps", cat.NextSteps},
		kv{"parentDisplayName", w.parentDisplayName()},
	)
	return f, nil
}

func (s *scenario) muteInfo() obj {
	switch {
	case s.MuteConfig != "":
		return obj{{"staticMute", obj{{"state", "UNDEFINED"}}}, {"dynamicMuteRecords", []any{obj{
			{"muteConfig", s.MuteConfig}, {"matchTime", ts(s.createTime())},
		}}}}
	case s.Mute == "MUTED" || s.Mute == "UNMUTED":
		return obj{{"staticMute", obj{{"state", s.Mute}, {"applyTime", ts(s.eventTime().Add(2*time.Hour + 17*time.Minute))}}}}
	}
	return nil
}

func (s *scenario) indicator() obj {
	var ind obj
	if len(s.IPs) > 0 {
		ind = append(ind, kv{"ipAddresses", s.IPs})
	}
	if len(s.Domains) > 0 {
		ind = append(ind, kv{"domains", s.Domains})
	}
	if len(s.URIs) > 0 {
		ind = append(ind, kv{"uris", s.URIs})
	}
	if s.Yara != "" {
		ind = append(ind, kv{"signatures", []any{obj{{"yaraRuleSignature", obj{{"yaraRule", s.Yara}}}}}})
	}
	return ind
}

func (s *scenario) mitre(cat categoryInfo) obj {
	m := obj{{"primaryTactic", cat.Mitre.Tactic}, {"primaryTechniques", cat.Mitre.Techniques}}
	tactics := append(append([]string{}, cat.Mitre.AddTactics...), s.AddTactics...)
	techs := append(append([]string{}, cat.Mitre.AddTechs...), s.AddTechs...)
	if len(tactics) > 0 {
		m = append(m, kv{"additionalTactics", dedupe(tactics)})
	}
	if len(techs) > 0 {
		m = append(m, kv{"additionalTechniques", dedupe(techs)})
	}
	return append(m, kv{"version", "15.1"})
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// process builds processes[0]: the interpreter with its script, the
// interpreter with `-c` code, or a dropped binary.
func (s *scenario) process(w *workload, scripts map[string]string, v2 bool) (obj, error) {
	var (
		name   string
		bin    obj
		script obj
		args   []string
	)
	switch {
	case s.Binary != nil:
		name = s.Binary.Name
		bin = fileObj(s.Binary.Path, s.Binary.Size, fakeHash("bin/"+s.Binary.Path+s.Binary.Seed))
		args = s.Args
	case s.Script != "" && isBash(s.Script):
		name = "bash"
		bin = fileObj("/usr/bin/bash", 1265648, fakeHash("bin/bash-5.2.15"))
		args = []string{"bash", s.ScriptPath}
	case s.Script != "" || s.Dashc != "":
		name = "python3"
		size := int64(0)
		fmt.Sscan(w.PythonSize, &size)
		bin = fileObj(w.Python, size, fakeHash("bin/"+w.Python+w.ImageID))
		args = []string{"python3", s.ScriptPath}
	default:
		return nil, fmt.Errorf("scenario %s: no script, -c code or binary", s.Key)
	}
	if s.Script != "" {
		text, ok := scripts[s.Script]
		if !ok {
			return nil, fmt.Errorf("scenario %s: script %q not found", s.Key, s.Script)
		}
		script = scriptObj(s.ScriptPath, text, s.Integrity)
	}
	if s.Dashc != "" {
		code, ok := scripts[s.Dashc]
		if !ok {
			return nil, fmt.Errorf("scenario %s: script %q not found", s.Key, s.Dashc)
		}
		code = strings.TrimRight(code, "\n")
		if s.ArgsTrunc {
			code = code[:len(code)*2/3]
		}
		args = []string{"python3", "-c", code}
	}
	if s.Args != nil {
		args = s.Args
	}
	p := obj{{"name", name}, {"binary", bin}}
	if script != nil {
		p = append(p, kv{"script", script})
	}
	p = append(p, kv{"args", args}, kv{"argumentsTruncated", s.ArgsTrunc})
	if env := s.env(w); len(env) > 0 && s.Binary == nil {
		p = append(p, kv{"envVariables", env})
	}
	p = append(p, kv{"envVariablesTruncated", s.EnvTrunc}, kv{"pid", i64(s.PID)}, kv{"parentPid", i64(s.PPID)})
	if v2 {
		p = append(p, kv{"userId", i64(s.UID)})
	}
	return p, nil
}

func fileObj(path string, size int64, sha string) obj {
	return obj{{"path", path}, {"size", i64(size)}, {"sha256", sha}, {"hashedSize", i64(size)}, {"partiallyHashed", false}}
}

// scriptObj fills the File fields of a script for each integrity case.
func scriptObj(path, text string, in integrity) obj {
	size := int64(len(text))
	contents, sha, hashed, part := text, sha256Hex(text), size, false
	switch in {
	case truncated: // the detector kept a prefix
		contents = text[:len(text)*55/100]
	case mismatch: // the file changed between hashing and reading
		changed := strings.Replace(text, "timeout=5", "timeout=15", 1)
		if changed == text {
			changed += "\n"
		}
		sha = sha256Hex(changed)
	case partial:
		hashed, part = 1024, true
		sha = sha256Hex(text[:hashed])
	}
	return obj{{"path", path}, {"size", i64(size)}, {"sha256", sha}, {"hashedSize", i64(hashed)},
		{"partiallyHashed", part}, {"contents", contents}}
}

// env is the process environment: what the platform sets, plus the
// scenario's (often secret-bearing) variables.
func (s *scenario) env(w *workload) []any {
	home := "/root"
	if s.UID != 0 {
		home = "/home/app"
		if w.Key == "notebook" {
			home = "/home/jovyan"
		}
	}
	vars := [][2]string{
		{"PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"},
		{"HOME", home},
	}
	switch w.Kind {
	case gke:
		vars = append(vars, [2]string{"HOSTNAME", w.Pod},
			[2]string{"KUBERNETES_SERVICE_HOST", "192.0.2.1"}, [2]string{"KUBERNETES_SERVICE_PORT", "443"})
	case runService:
		vars = append(vars, [2]string{"K_SERVICE", w.Service}, [2]string{"K_REVISION", w.Revision},
			[2]string{"K_CONFIGURATION", w.Service}, [2]string{"PORT", "8080"})
	case runJob:
		vars = append(vars, [2]string{"CLOUD_RUN_JOB", w.Job}, [2]string{"CLOUD_RUN_EXECUTION", w.Execution},
			[2]string{"CLOUD_RUN_TASK_INDEX", "0"}, [2]string{"CLOUD_RUN_TASK_COUNT", "1"})
	}
	vars = append(vars, s.Env...)
	out := make([]any, len(vars))
	for i, v := range vars {
		out[i] = obj{{"name", v[0]}, {"val", v[1]}}
	}
	return out
}

func labelList(m map[string]string) []any {
	var out []any
	for _, k := range sortedKeys(m) {
		out = append(out, obj{{"name", k}, {"value", m[k]}})
	}
	return out
}

func (w *workload) containerObj(withLabels bool) obj {
	c := obj{{"name", w.Container}, {"uri", w.ImageURI}, {"imageId", w.ImageID}}
	if l := w.containerLabels(); withLabels && len(l) > 0 {
		c = append(c, kv{"labels", labelList(l)})
	}
	return append(c, kv{"createTime", ts(w.Created)})
}

func (w *workload) kubernetesObj() obj {
	// gke-<cluster>-<pool>-<hash>-<suffix>: the pool is what sits between.
	rest := strings.TrimPrefix(w.Node, "gke-"+w.Cluster+"-")
	pool := rest
	if i := strings.LastIndexByte(rest, '-'); i > 0 {
		if j := strings.LastIndexByte(rest[:i], '-'); j > 0 {
			pool = rest[:j]
		}
	}
	return obj{
		{"pods", []any{obj{{"ns", w.Namespace}, {"name", w.Pod}, {"labels", labelList(w.PodLabels)},
			{"containers", []any{w.containerObj(false)}}}}},
		{"nodes", []any{obj{{"name", w.Node}}}},
		{"nodePools", []any{obj{{"name", pool}, {"nodes", []any{obj{{"name", w.Node}}}}}}},
	}
}
