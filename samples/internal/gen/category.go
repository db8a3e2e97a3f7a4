package gen

// Categories used by the sample set (shared/reference/scc-findings.md §8).
const (
	catMaliciousPython = "Execution: Malicious Python executed"
	catMaliciousScript = "Malicious Script Executed"
	catReverseShell    = "Reverse Shell"
	catAddedBinary     = "Execution: Added Malicious Binary Executed"
	catBase64Python    = "Defense Evasion: Base64 Encoded Python Script Executed"
	catFilelessMemfd   = "Execution: Fileless Execution in /memfd:"
	catContainerEscape = "Execution: Container Escape"
	catStratumMining   = "Impact: Suspicious crypto mining activity using the Stratum Protocol"
)

const docs = "https://cloud.google.com/security-command-center/docs/findings/threats/"

// mitre is a finding's ATT&CK mapping as enum names.
type mitre struct {
	Tactic     string
	Techniques []string
	AddTactics []string
	AddTechs   []string
}

// categoryInfo is what every finding of a category shares.
type categoryInfo struct {
	Severity    string
	Description string
	NextSteps   string
	Mitre       mitre
}

var categories = map[string]categoryInfo{
	catMaliciousPython: {
		Severity: "CRITICAL",
		Description: "A machine learning model identified executed Python code as malicious. Attackers use " +
			"Python to download tools, move laterally and run commands without dropping binaries.",
		NextSteps: "Read the script and its arguments. If the execution was not expected, isolate the " +
			"workload, rotate the credentials it can reach and redeploy from a known-good image. " +
			docs + "malicious-python-executed",
		Mitre: mitre{Tactic: "EXECUTION", Techniques: []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "PYTHON"}},
	},
	catMaliciousScript: {
		Severity: "CRITICAL",
		Description: "A machine learning model identified executed Bash code as malicious. Attackers use " +
			"Bash to transfer tools and run commands without binaries.",
		NextSteps: "Review the script contents and the process tree. If unexpected, isolate the workload " +
			"and look for files the script wrote. " + docs + "malicious-script-executed",
		Mitre: mitre{Tactic: "EXECUTION", Techniques: []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "UNIX_SHELL"}},
	},
	catReverseShell: {
		Severity: "CRITICAL",
		Description: "A process started with stream redirection to a remotely connected socket. A reverse " +
			"shell lets an attacker run arbitrary commands in the container.",
		NextSteps: "Check the remote address in the connection, the parent process and the arguments. " +
			"Block the destination and isolate the workload. " + docs + "reverse-shell",
		Mitre: mitre{Tactic: "EXECUTION", Techniques: []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "UNIX_SHELL"},
			AddTactics: []string{"COMMAND_AND_CONTROL"}},
	},
	catAddedBinary: {
		Severity: "CRITICAL",
		Description: "A binary that was not part of the original container image was executed, and threat " +
			"intelligence identifies it as malicious.",
		NextSteps: "Find how the binary got into the container (the preceding findings often show the " +
			"download), stop the workload and redeploy. " + docs + "added-malicious-binary-executed",
		Mitre: mitre{Tactic: "EXECUTION", Techniques: []string{"INGRESS_TOOL_TRANSFER"},
			AddTactics: []string{"COMMAND_AND_CONTROL"}},
	},
	catBase64Python: {
		Severity: "MEDIUM",
		Description: "A process was executed with an argument that is a base64-encoded Python script. " +
			"Attackers encode code to slip past command-line inspection.",
		NextSteps: "Decode the argument and review what it does. " + docs + "base64-encoded-python-script-executed",
		Mitre: mitre{Tactic: "DEFENSE_EVASION", Techniques: []string{"OBFUSCATED_FILES_OR_INFO", "DEOBFUSCATE_DECODE_FILES_OR_INFO"},
			AddTactics: []string{"EXECUTION"}, AddTechs: []string{"PYTHON"}},
	},
	catFilelessMemfd: {
		Severity: "HIGH",
		Description: "A process was executed from an anonymous in-memory file descriptor (memfd). Fileless " +
			"execution leaves nothing on disk for scanners to find.",
		NextSteps: "Look at the process that created the memfd and what it fetched. " + docs + "fileless-execution-memfd",
		Mitre: mitre{Tactic: "DEFENSE_EVASION", Techniques: []string{"REFLECTIVE_CODE_LOADING"},
			AddTactics: []string{"EXECUTION"}, AddTechs: []string{"NATIVE_API"}},
	},
	catContainerEscape: {
		Severity: "CRITICAL",
		Description: "A process tried to break out of the container isolation, for example through the " +
			"container runtime socket, host namespaces or a cgroup release_agent.",
		NextSteps: "Treat the node as compromised: cordon and drain it, and review what the pod could " +
			"mount and which capabilities it had. " + docs + "container-escape",
		Mitre: mitre{Tactic: "PRIVILEGE_ESCALATION", Techniques: []string{"ESCAPE_TO_HOST"},
			AddTechs: []string{"CONTAINER_ADMINISTRATION_COMMAND"}},
	},
	catStratumMining: {
		Severity: "HIGH",
		Description: "A process connected to a mining pool with the Stratum protocol. Attackers run " +
			"cryptocurrency miners on hijacked compute.",
		NextSteps: "Stop the workload, find the dropper in the preceding findings and check billing for " +
			"unexpected usage. " + docs + "cryptomining-stratum",
		Mitre: mitre{Tactic: "IMPACT", Techniques: []string{"RESOURCE_HIJACKING"}},
	},
}
