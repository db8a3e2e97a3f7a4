package gen

// The export files, one per shape.
const (
	fBareCamel = "bare_finding_camel.json"
	fBareSnake = "bare_finding_snake.json"
	fConsole   = "console_tab.json"
	fGcloud    = "gcloud_list.json"
	fAPIv1     = "api_list_v1.json"
	fAPIv2     = "api_list_v2.json"
	fNotif     = "pubsub_notification.json"
	fPush      = "pubsub_push.json"
	fBigQuery  = "bigquery_export.ndjson"
	fJSONL     = "findings.jsonl"
)

// Fake secrets seen in process environments: right shape, bogus body.
var (
	fakeStripe   = [2]string{"STRIPE_SECRET_KEY", "sk_test_DEFANGEDdefangedDEFANGED0000"}
	fakeAWSID    = [2]string{"AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"}
	fakeAWSKey   = [2]string{"AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
	fakeDBURL    = [2]string{"DATABASE_URL", "postgres://relay:not-a-real-password@db.relay.invalid:5432/relay"}
	fakeGHToken  = [2]string{"GITHUB_TOKEN", "ghp_DEFANGEDdefangedDEFANGEDdefanged00"}
	fakeHFToken  = [2]string{"HF_TOKEN", "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"}
	fakeSlackURL = [2]string{"SLACK_WEBHOOK_URL", "https://hooks.chat.invalid/services/T0000/B0000/DEFANGEDdefanged"}
)

const muteBenignOps = "organizations/" + orgID + "/locations/global/muteConfigs/benign-ops-scripts"

// story is the sample set: 32 findings on 7 containers in 3 projects. Times
// are 2026-11-20 unless said; siblings on one container are minutes apart so
// related findings tell the intrusion in order.
var story = []scenario{
	// ── checkout-api (acme-payments-prod, GKE): RCE → dropper → added binary →
	// base64 one-liner reverse shell → scripted shell → persistence.
	{Key: "checkout-gauth", File: fGcloud, On: "checkout", At: "2026-11-18T23:30:04.118Z",
		Category: catMaliciousPython, Script: "gauth_metadata_gcs.py", ScriptPath: "/app/jobs/upload_invoices.py",
		PID: 311, PPID: 1, UID: 1000, State: "INACTIVE", Mute: "MUTED",
		Marks: map[string]string{"triage": "benign", "reviewer": "mkowalski"}, StateChange: "UNUSED",
		Family: "google-auth metadata flow (benign)", Benign: true,
		Summary: "token sent only to storage.googleapis.com; two days before the intrusion"},
	{Key: "checkout-dropper", File: fGcloud, On: "checkout", At: "2026-11-20T09:58:12.204Z",
		Category: catMaliciousPython, Script: "dropper_chmod_run.py", ScriptPath: "/tmp/.cache/.u.py",
		PID: 2211, PPID: 2207, UID: 1000, Env: [][2]string{fakeStripe},
		IPs: []string{"198.51.100.14"}, Domains: []string{"cdn-static.update-check.invalid"},
		URIs: []string{"http://198.51.100.14/bin/kworkerd"}, AddTactics: []string{"COMMAND_AND_CONTROL"},
		AddTechs: []string{"INGRESS_TOOL_TRANSFER"}, StateChange: "ADDED",
		Family: "download → chmod → run", Summary: "first step of the checkout intrusion"},
	{Key: "checkout-kworkerd", File: fGcloud, On: "checkout", At: "2026-11-20T09:58:40.930Z",
		Category: catAddedBinary, Binary: &binary{Path: "/dev/shm/.qzkxwvbn", Size: 2871296, Name: "kworkerd", Seed: "kworkerd"},
		Args: []string{"/dev/shm/.qzkxwvbn", "--quiet"}, PID: 2230, PPID: 2211, UID: 1000,
		IPs: []string{"198.51.100.14"}, Yara: "LINUX_BACKDOOR_KWORKERD_GENERIC", StateChange: "ADDED",
		Family: "added binary", Summary: "the binary the dropper fetched, 28 s later"},
	{Key: "checkout-b64", File: fGcloud, On: "checkout", At: "2026-11-20T10:03:05.377Z",
		Category: catBase64Python, Dashc: "oneliner_b64_revshell.py", PID: 2301, PPID: 2230, UID: 1000,
		StateChange: "ADDED",
		Family:      "base64 exec one-liner (python3 -c)", Summary: "decodes to a socket/dup2/pty shell"},
	{Key: "checkout-revshell-c", File: fGcloud, On: "checkout", At: "2026-11-20T10:03:07.012Z",
		Category: catReverseShell, Dashc: "oneliner_b64_revshell.py", PID: 2301, PPID: 2230, UID: 1000,
		Conn: &conn{DstIP: "203.0.113.77", DstPort: 4444, SrcIP: "192.0.2.31", SrcPort: 50122},
		IPs:  []string{"203.0.113.77"}, StateChange: "ADDED",
		Family: "reverse shell (connections[])", Summary: "same process as the base64 finding, 2 s later"},
	{Key: "checkout-revshell-pty", File: fGcloud, On: "checkout", At: "2026-11-20T10:14:03.512Z",
		Category: catMaliciousPython, Script: "revshell_pty.py", ScriptPath: "/tmp/rs.py",
		PID: 2417, PPID: 2301, UID: 1000, IPs: []string{"203.0.113.77"},
		AddTactics: []string{"COMMAND_AND_CONTROL"}, StateChange: "ADDED",
		Family: "reverse shell (socket+dup2+pty)", Summary: "attacker drops a sturdier shell"},
	// ── report-worker (acme-payments-prod, GKE batch): benign ops, then token theft.
	{Key: "report-rollout", File: fAPIv1, On: "reportworker", At: "2026-11-20T02:00:05.090Z",
		Category: catMaliciousPython, Script: "ops_rollout_restart.py", ScriptPath: "/opt/ops/rollout_restart.py",
		Args: []string{"python3", "/opt/ops/rollout_restart.py", "--namespace", "batch"}, PID: 57, PPID: 1, UID: 0,
		Mute: "MUTED", MuteConfig: muteBenignOps, Marks: map[string]string{"triage": "benign"}, StateChange: "UNUSED",
		Family: "ops script with subprocess (benign)", Benign: true, Summary: "kubectl rollout restart, muted by a mute config"},
	{Key: "report-logrotate", File: fAPIv1, On: "reportworker", At: "2026-11-20T02:30:00.004Z",
		Category: catMaliciousPython, Script: "log_rotate.py", ScriptPath: "/opt/ops/log_rotate.py",
		PID: 88, PPID: 1, UID: 0, State: "INACTIVE", Mute: "MUTED", MuteConfig: muteBenignOps, StateChange: "UNUSED",
		Family: "log rotation with os.remove (benign)", Benign: true, Summary: "nightly housekeeping"},
	{Key: "report-mdtoken", File: fAPIv1, On: "reportworker", At: "2026-11-20T11:02:17.650Z",
		Category: catMaliciousPython, Script: "metadata_token_exfil.py", ScriptPath: "/tmp/.m.py", Integrity: mismatch,
		PID: 4102, PPID: 4090, UID: 0, Env: [][2]string{fakeAWSID, fakeAWSKey},
		Domains: []string{"ingest.telemetry-cdn.example"}, URIs: []string{"https://ingest.telemetry-cdn.example/v2/collect"},
		AddTactics: []string{"CREDENTIAL_ACCESS", "EXFILTRATION"}, AddTechs: []string{"UNSECURED_CREDENTIALS", "EXFILTRATION_OVER_WEB_SERVICE"},
		Marks: map[string]string{"triage": "escalated", "ticket": "SEC-4121"}, StateChange: "CHANGED",
		Family: "metadata token theft + exfil", Summary: "the file changed after it was hashed"},
	{Key: "report-envharvest", File: fAPIv1, On: "reportworker", At: "2026-11-20T11:05:49.001Z",
		Category: catMaliciousPython, Script: "env_cred_harvest.py", ScriptPath: "/tmp/.h.py",
		PID: 4133, PPID: 4090, UID: 0, Env: [][2]string{fakeAWSID, fakeAWSKey, fakeGHToken}, EnvTrunc: true,
		Domains: []string{"hooks.chat-relay.invalid"}, AddTactics: []string{"CREDENTIAL_ACCESS"},
		AddTechs: []string{"UNSECURED_CREDENTIALS"}, StateChange: "ADDED",
		Family: "env/credential harvest posted out", Summary: "3 min after the token theft; env list truncated"},
	// ── jupyter notebook (acme-ml-staging, GKE): layered loader, obfuscation, memfd.
	{Key: "notebook-probe", File: fAPIv2, On: "notebook", At: "2026-11-19T16:00:31.250Z",
		Category: catMaliciousPython, Script: "k8s_readiness_probe.py", ScriptPath: "/opt/probe/ready.py",
		PID: 9921, PPID: 1, UID: 1000, Mute: "MUTED", MuteConfig: muteBenignOps,
		Family: "k8s readiness probe with SA token (benign)", Benign: true,
		Summary: "reads the serviceaccount token to call the in-cluster API"},
	{Key: "notebook-loader", File: fBareCamel, On: "notebook", At: "2026-11-20T14:20:44.818Z",
		Category: catMaliciousPython, Script: "loader_b64_zlib.py",
		ScriptPath: "/home/jovyan/.ipython/profile_default/startup/00-init.py",
		Args:       []string{"/opt/conda/bin/python3.11", "-m", "ipykernel_launcher", "-f", "/home/jovyan/.local/share/jupyter/runtime/kernel-3c1d.json"},
		PID:        6120, PPID: 5987, UID: 1000, Env: [][2]string{fakeHFToken},
		IPs: []string{"198.51.100.23"}, AddTactics: []string{"DEFENSE_EVASION"},
		AddTechs: []string{"OBFUSCATED_FILES_OR_INFO", "DEOBFUSCATE_DECODE_FILES_OR_INFO"},
		Family:   "exec of base64 → zlib layers", Summary: "IPython startup file; the layer beacons and decodes a third layer"},
	{Key: "notebook-obf", File: fAPIv2, On: "notebook", At: "2026-11-20T14:26:10.440Z",
		Category: catMaliciousPython, Script: "obf_builtins.py", ScriptPath: "/tmp/.ipynb_checkpoints/.c.py",
		PID: 6188, PPID: 6120, UID: 1000, AddTactics: []string{"DEFENSE_EVASION"}, AddTechs: []string{"OBFUSCATED_FILES_OR_INFO"},
		Family: "obfuscated builtins (getattr/chr/lambda)", Summary: "6 min after the loader"},
	{Key: "notebook-memfd", File: fAPIv2, On: "notebook", At: "2026-11-20T14:31:02.905Z",
		Category: catMaliciousPython, Script: "fileless_memfd.py", ScriptPath: "/tmp/.f.py",
		PID: 6240, PPID: 6120, UID: 1000, IPs: []string{"203.0.113.50"},
		URIs: []string{"http://203.0.113.50:8080/a/stage2"}, AddTactics: []string{"DEFENSE_EVASION"},
		Family: "fileless memfd_create + exec", Summary: "followed 2 s later by the memfd execution"},
	{Key: "notebook-memfd-exec", File: fAPIv2, On: "notebook", At: "2026-11-20T14:31:04.377Z",
		Category: catFilelessMemfd, Binary: &binary{Path: "/memfd:kworker/0:2 (deleted)", Size: 38, Name: "[kworker/0:2]", Seed: "memfd-stage2"},
		Args: []string{"[kworker/0:2]"}, PID: 6241, PPID: 6240, UID: 1000,
		Family: "fileless execution", Summary: "the child of the memfd script"},
	// ── kafka-connect (acme-data-dev, GKE): a shell, then a container escape.
	{Key: "ingest-revshell", File: fAPIv2, On: "ingest", At: "2026-11-20T17:35:50.120Z",
		Category: catMaliciousPython, Script: "revshell_pty.py", ScriptPath: "/var/tmp/rs.py",
		PID: 731, PPID: 702, UID: 0, IPs: []string{"203.0.113.77"},
		Family: "reverse shell (socket+dup2+pty)", Summary: "same script hash as on checkout-api: one actor"},
	{Key: "ingest-escape", File: fAPIv2, On: "ingest", At: "2026-11-20T17:40:02.733Z",
		Category: catMaliciousPython, Script: "escape_docker_sock.py", ScriptPath: "/var/tmp/e.py",
		PID: 790, PPID: 731, UID: 0, AddTactics: []string{"PRIVILEGE_ESCALATION"}, AddTechs: []string{"ESCAPE_TO_HOST"},
		Family: "container escape (docker.sock, nsenter, /proc/1/root, release_agent)", Summary: "run from the shell"},
	{Key: "ingest-nsenter", File: fAPIv2, On: "ingest", At: "2026-11-20T17:40:09.015Z",
		Category: catContainerEscape, Binary: &binary{Path: "/usr/bin/nsenter", Size: 39432, Name: "nsenter"},
		Args: []string{"nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid", "--", "sh", "-c", "echo pytriage-sample-escape"},
		PID:  802, PPID: 790, UID: 0,
		Family: "container escape", Summary: "the nsenter the escape script spawned"},
	// ── model-server (acme-ml-staging, Cloud Run service, revision 00042): startup
	// download, then a miner.
	{Key: "model-fetch", File: fBigQuery, On: "modelserver", At: "2026-11-20T08:12:40.061Z",
		Category: catMaliciousPython, Script: "model_fetch_sha256.py", ScriptPath: "/app/fetch_model.py",
		PID: 12, PPID: 1, UID: 0, Env: [][2]string{fakeHFToken},
		Family: "model download with sha256 check (benign)", Benign: true, Summary: "revision start-up; active, not muted"},
	{Key: "model-fetchexec", File: fBigQuery, On: "modelserver", At: "2026-11-20T20:44:31.700Z",
		Category: catMaliciousPython, Dashc: "oneliner_fetch_exec.py", ArgsTrunc: true,
		PID: 340, PPID: 12, UID: 0, IPs: []string{"198.51.100.14"},
		Family: "download → chmod → run (python3 -c)", Summary: "fetches the miner dropper"},
	{Key: "model-miner", File: fBareSnake, On: "modelserver", At: "2026-11-20T20:45:12.338Z",
		Category: catMaliciousPython, Script: "miner_dropper.py", ScriptPath: "/tmp/.p", Integrity: partial,
		PID: 352, PPID: 340, UID: 0, IPs: []string{"198.51.100.201"}, Domains: []string{"pool.hashvault-mirror.example"},
		AddTactics: []string{"IMPACT"}, AddTechs: []string{"RESOURCE_HIJACKING"},
		Family: "miner dropper (stratum, xmrig, wallet)", Summary: "fetched by the -c one-liner 40 s earlier"},
	{Key: "model-stratum", File: fBigQuery, On: "modelserver", At: "2026-11-20T20:45:51.020Z",
		Category: catStratumMining, Binary: &binary{Path: "/dev/shm/.X11-unix-cache/systemd-journal", Size: 8467352, Name: "systemd-journal", Seed: "xmrig-6.21.0"},
		Args: []string{"/dev/shm/.X11-unix-cache/systemd-journal", "-c", "/dev/shm/.X11-unix-cache/config.json", "--donate-level=0", "--background"},
		PID:  371, PPID: 352, UID: 0, IPs: []string{"198.51.100.201"}, Domains: []string{"pool.hashvault-mirror.example"},
		Family: "crypto mining", Summary: "the miner the dropper started"},
	// ── webhook-relay (acme-data-dev, Cloud Run service): start-up scripts, then a bash stager.
	{Key: "webhook-config", File: fBigQuery, On: "webhook", At: "2026-11-20T07:00:02.500Z",
		Category: catMaliciousPython, Script: "config_from_b64.py", ScriptPath: "/app/bin/write_config.py",
		PID: 9, PPID: 1, UID: 0, Env: [][2]string{{"APP_CONFIG_B64", "eyJsaXN0ZW5fcG9ydCI6IDgwODAsICJ1cHN0cmVhbSI6ICJodHRwczovL3JlbGF5LmFjbWUuZXhhbXBsZSIsICJsb2dfbGV2ZWwiOiAiaW5mbyJ9"}, fakeDBURL},
		Mute: "MUTED", Family: "base64 for configs (benign)", Benign: true, Summary: "revision start-up"},
	{Key: "webhook-migrate", File: fBigQuery, On: "webhook", At: "2026-11-20T07:00:20.880Z",
		Category: catMaliciousScript, Script: "db_migrate.sh", ScriptPath: "/app/bin/migrate.sh",
		PID: 14, PPID: 9, UID: 0, Env: [][2]string{fakeDBURL}, Mute: "UNMUTED",
		Family: "schema migration bash (benign)", Benign: true, Summary: "revision start-up, reviewed"},
	{Key: "webhook-stager", File: fNotif, On: "webhook", At: "2026-11-20T23:10:11.144Z",
		Category: catMaliciousScript, Script: "stage_fetch_run.sh", ScriptPath: "/tmp/s.sh",
		Args: []string{"/bin/bash", "/tmp/s.sh"}, PID: 402, PPID: 398, UID: 0, Env: [][2]string{fakeSlackURL},
		IPs: []string{"203.0.113.45"}, Domains: []string{"mirror.pkg-cache.invalid"},
		Family: "bash download → chmod → run, cron, log wipe", Summary: "Pub/Sub notification as delivered"},
	{Key: "webhook-kdevtmp", File: fPush, On: "webhook", At: "2026-11-20T23:10:39.560Z",
		Category: catAddedBinary, Binary: &binary{Path: "/dev/shm/.ice-unix/kdevtmp", Size: 2418688, Name: "kdevtmp", Seed: "kdevtmp"},
		Args: []string{"/dev/shm/.ice-unix/kdevtmp", "-B"}, PID: 433, PPID: 402, UID: 0,
		IPs: []string{"203.0.113.45"}, Yara: "LINUX_MINER_KDEVTMPFSI_VARIANT",
		Family: "added binary", Summary: "inside a Pub/Sub push envelope (base64 message.data)"},
	// ── nightly-etl (acme-data-dev, Cloud Run job): backups, and a token thief
	// whose hash matches the one on report-worker.
	{Key: "etl-backup-1", File: fJSONL, On: "etl", At: "2026-11-20T01:00:12.300Z",
		Category: catMaliciousPython, Script: "backup_tarfile.py", ScriptPath: "/app/backup.py",
		PID: 1, PPID: 0, UID: 0, Mute: "MUTED", State: "INACTIVE",
		Family: "backup with tarfile + gsutil (benign)", Benign: true, Summary: "first night"},
	{Key: "etl-mdtoken", File: fJSONL, On: "etl", At: "2026-11-20T01:04:55.019Z",
		Category: catMaliciousPython, Script: "metadata_token_exfil.py", ScriptPath: "/tmp/.m.py",
		PID: 61, PPID: 1, UID: 0, Domains: []string{"ingest.telemetry-cdn.example"},
		AddTactics: []string{"CREDENTIAL_ACCESS"}, AddTechs: []string{"UNSECURED_CREDENTIALS"},
		Family: "metadata token theft + exfil", Summary: "whole-file hash verifies; compare with report-worker"},
	{Key: "etl-persist", File: fConsole, On: "etl", At: "2026-11-20T01:06:30.700Z",
		Category: catMaliciousPython, Script: "persist_cron_ssh.py", ScriptPath: "/tmp/.p.py", Integrity: truncated,
		PID: 74, PPID: 61, UID: 0, AddTactics: []string{"PERSISTENCE"}, AddTechs: []string{"SSH_AUTHORIZED_KEYS", "BOOT_OR_LOGON_INITIALIZATION_SCRIPTS"},
		Family: "persistence (cron, authorized_keys, bashrc, systemd)", Summary: "persistence right after the token theft"},
	{Key: "etl-backup-2", File: fJSONL, On: "etl", At: "2026-11-21T01:00:09.870Z",
		Category: catMaliciousPython, Script: "backup_tarfile.py", ScriptPath: "/app/backup.py",
		PID: 1, PPID: 0, UID: 0,
		Family: "backup with tarfile + gsutil (benign)", Benign: true, Summary: "the next night: same hash, new finding"},
	{Key: "checkout-health", File: fJSONL, On: "checkout", At: "2026-11-19T12:00:00.250Z",
		Category: catMaliciousPython, Script: "socket_healthcheck.py", ScriptPath: "/app/healthcheck.py",
		PID: 640, PPID: 1, UID: 1000, Mute: "MUTED",
		Family: "socket health check (benign)", Benign: true, Summary: "a day before the intrusion: outside the ±1 h window"},
}
