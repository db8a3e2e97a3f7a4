package samples

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/samples/internal/gen"
)

// TestScriptsCarryTheirTradecraft pins each script to the family it stands
// for: the statements a reader (and a static classifier) should find. A
// benign script is pinned to the look-alike it must keep.
func TestScriptsCarryTheirTradecraft(t *testing.T) {
	for _, tc := range []struct {
		script string
		benign bool
		want   []string
	}{
		{"revshell_pty.py", false, []string{"socket.socket(", ".connect((RHOST", "os.dup2(", `pty.spawn("/bin/sh")`}},
		{"dropper_chmod_run.py", false, []string{"urllib.request.urlopen", "os.chmod(", "stat.S_IXUSR", "subprocess.Popen([dest"}},
		{"loader_b64_zlib.py", false, []string{"exec(compile(zlib.decompress(base64.b64decode("}},
		{"metadata_token_exfil.py", false, []string{"169.254.169.254", "Metadata-Flavor", "service-accounts/default/token", "https://ingest.telemetry-cdn.example", `method="POST"`}},
		{"env_cred_harvest.py", false, []string{"dict(os.environ)", "~/.aws/credentials", "application_default_credentials.json", "~/.ssh/id_*", "urllib.request.urlopen(req"}},
		{"miner_dropper.py", false, []string{"stratum+tcp://", "xmrig", "--donate-level=0", "WALLET", "pkill"}},
		{"persist_cron_ssh.py", false, []string{"crontab", "authorized_keys", ".bashrc", "systemctl", "enable", "/etc/cron.d/"}},
		{"escape_docker_sock.py", false, []string{"/var/run/docker.sock", "nsenter", "/proc/1/root", "release_agent", `"Privileged": True`}},
		{"fileless_memfd.py", false, []string{"memfd_create", "/proc/self/fd/", "os.execv(", "ctypes.CDLL"}},
		{"obf_builtins.py", false, []string{`getattr(__builtins__, "ex" + "ec")`, "chr(", "lambda", "__import__("}},
		{"stage_fetch_run.sh", false, []string{"curl -fsSLk", "chmod +x", "nohup", "crontab -", "history -c"}},
		{"oneliner_b64_revshell.py", false, []string{"exec(base64.b64decode("}},
		{"oneliner_fetch_exec.py", false, []string{"urlopen(", "os.chmod(", "os.system("}},
		{"ops_rollout_restart.py", true, []string{"subprocess.run(", "kubectl"}},
		{"gauth_metadata_gcs.py", true, []string{"metadata.google.internal", "service-accounts/default/token", "https://storage.googleapis.com/", "Bearer "}},
		{"config_from_b64.py", true, []string{"base64.b64decode(", "json.loads("}},
		{"model_fetch_sha256.py", true, []string{"urllib.request.urlopen(", "hashlib.sha256()", "checksum mismatch"}},
		{"socket_healthcheck.py", true, []string{"socket.create_connection(", "/healthz"}},
		{"log_rotate.py", true, []string{"os.remove(", "gzip.open("}},
		{"k8s_readiness_probe.py", true, []string{"/var/run/secrets/kubernetes.io/serviceaccount", "KUBERNETES_SERVICE_HOST", "Bearer "}},
		{"backup_tarfile.py", true, []string{"tarfile.open(", "subprocess.run(", "gsutil"}},
		{"db_migrate.sh", true, []string{"psql", "DATABASE_URL"}},
	} {
		b, err := os.ReadFile(filepath.Join("scripts", tc.script))
		if err != nil {
			t.Errorf("%s: %v", tc.script, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s: lacks %q", tc.script, w)
			}
		}
		benign, used := gen.ScriptUse()[tc.script]
		if !used || benign != tc.benign {
			t.Errorf("%s: used=%v benign=%v in the scenario table, want used, benign=%v", tc.script, used, benign, tc.benign)
		}
	}
}

// TestEveryScriptUsed keeps scripts/ and the scenario table in step, and
// the set at ≥10 malicious and ≥8 benign scripts.
func TestEveryScriptUsed(t *testing.T) {
	use := gen.ScriptUse()
	entries, err := os.ReadDir("scripts")
	if err != nil {
		t.Fatal(err)
	}
	malicious, benign := 0, 0
	for _, e := range entries {
		b, ok := use[e.Name()]
		switch {
		case !ok:
			t.Errorf("scripts/%s is not used by any finding", e.Name())
		case b:
			benign++
		default:
			malicious++
		}
	}
	if malicious < 10 || benign < 8 {
		t.Errorf("%d malicious and %d benign scripts; want ≥10 and ≥8", malicious, benign)
	}
}
