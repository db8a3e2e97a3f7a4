package detect

import (
	"strings"
)

// runK8sCredentials: reading the pod's service-account token or using the
// in-cluster API address (T1552.007, T1613). In-cluster clients do this,
// so it is evidence; a send of it is caught by exfil-sink.
func runK8sCredentials(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, s := range c.famStrs(famK8s, func(v string) bool {
		return k8sMatcher.find(v) != "" && (strings.Contains(v, "serviceaccount/token") || strings.HasSuffix(v, "kubernetes.io/serviceaccount") || strings.Contains(v, "kubernetes.io/serviceaccount/") && !strings.HasSuffix(v, "/namespace") ||
			strings.Contains(v, ".kube/config") || strings.Contains(v, "/etc/kubernetes/admin.conf") || strings.Contains(v, "/var/lib/kubelet/"))
	}) {
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(s.value))
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "reads Kubernetes credentials: "+strings.Join(uniq(why), ", "))
	f[0].Techniques = []string{"T1552.007"}
	if len(c.strs(k8sListing)) > 0 {
		f[0].Techniques = append(f[0].Techniques, "T1613") // and lists what the cluster runs
	}
	return f
}

// k8sListing: an API path or command that lists cluster resources.
func k8sListing(v string) bool {
	if strings.Contains(v, "kubectl get") || strings.Contains(v, "kubectl auth can-i") {
		return true
	}
	if !strings.Contains(v, "/api/v1/") && !strings.Contains(v, "/apis/") {
		return false
	}
	return anyOf(v, "pods", "secrets", "namespaces", "nodes", "deployments", "configmaps", "serviceaccounts") != ""
}

var escapeMarks = []string{
	"docker.sock", "nsenter", "/proc/1/root", "release_agent", "notify_on_release", "/proc/sysrq-trigger",
	"/proc/sys/kernel/core_pattern", "chroot /host", "--privileged", "/host/etc/", "/host/root", "mount -t cgroup", "cgroup.procs",
	"containerd.sock", "crio.sock", "kubelet.sock", "/run/containerd/", ":2375", ":2376/", "/containers/create", "\"/:/", "'/:/",
}

var escapeMatcher = newMatcher(false, escapeMarks...)

var k8sMatcher = newMatcher(false, "kubernetes.io/serviceaccount", ".kube/config", "/etc/kubernetes/admin.conf", "/var/lib/kubelet/")

// runContainerEscape: container escape primitives (T1611): the Docker or
// containerd socket, nsenter into PID 1, /proc/1/root, cgroup release_agent.
func runContainerEscape(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, s := range c.famStrs(famEscape, func(v string) bool { return escapeMatcher.find(v) != "" }) {
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(escapeMatcher.find(s.value)))
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "container escape primitive: "+strings.Join(uniq(why), ", "))
	if contains(why, quote("/containers/create")) {
		f[0].Techniques = []string{"T1611", "T1610"} // starts a container of its own
	}
	return f
}
