package finding

import (
	"regexp"
	"strings"
)

// mitreTactics maps SCC MitreAttack.Tactic enum names to ATT&CK tactic ids
// (from the comments in google/cloud/securitycenter/v2/mitre_attack.proto).
var mitreTactics = map[string]string{
	"RECONNAISSANCE":       "TA0043",
	"RESOURCE_DEVELOPMENT": "TA0042",
	"INITIAL_ACCESS":       "TA0001",
	"EXECUTION":            "TA0002",
	"PERSISTENCE":          "TA0003",
	"PRIVILEGE_ESCALATION": "TA0004",
	"DEFENSE_EVASION":      "TA0005",
	"CREDENTIAL_ACCESS":    "TA0006",
	"DISCOVERY":            "TA0007",
	"LATERAL_MOVEMENT":     "TA0008",
	"COLLECTION":           "TA0009",
	"EXFILTRATION":         "TA0010",
	"COMMAND_AND_CONTROL":  "TA0011",
	"IMPACT":               "TA0040",
}

// mitreTechniques maps SCC MitreAttack.Technique enum names to ATT&CK
// technique ids (same source; newer names from the v2 proto as of 2025).
var mitreTechniques = map[string]string{
	"MASQUERADING":                         "T1036",
	"MATCH_LEGITIMATE_NAME_OR_LOCATION":    "T1036.005",
	"BOOT_OR_LOGON_INITIALIZATION_SCRIPTS": "T1037",
	"STARTUP_ITEMS":                        "T1037.005",
	"NETWORK_SERVICE_DISCOVERY":            "T1046",
	"PROCESS_DISCOVERY":                    "T1057",
	"COMMAND_AND_SCRIPTING_INTERPRETER":    "T1059",
	"UNIX_SHELL":                           "T1059.004",
	"PYTHON":                               "T1059.006",
	"PERMISSION_GROUPS_DISCOVERY":          "T1069",
	"CLOUD_GROUPS":                         "T1069.003",
	"APPLICATION_LAYER_PROTOCOL":           "T1071",
	"DNS":                                  "T1071.004",
	"SOFTWARE_DEPLOYMENT_TOOLS":            "T1072",
	"VALID_ACCOUNTS":                       "T1078",
	"DEFAULT_ACCOUNTS":                     "T1078.001",
	"LOCAL_ACCOUNTS":                       "T1078.003",
	"CLOUD_ACCOUNTS":                       "T1078.004",
	"PROXY":                                "T1090",
	"EXTERNAL_PROXY":                       "T1090.002",
	"MULTI_HOP_PROXY":                      "T1090.003",
	"ACCOUNT_MANIPULATION":                 "T1098",
	"ADDITIONAL_CLOUD_CREDENTIALS":         "T1098.001",
	"SSH_AUTHORIZED_KEYS":                  "T1098.004",
	"ADDITIONAL_CONTAINER_CLUSTER_ROLES":   "T1098.006",
	"INGRESS_TOOL_TRANSFER":                "T1105",
	"NATIVE_API":                           "T1106",
	"BRUTE_FORCE":                          "T1110",
	"SHARED_MODULES":                       "T1129",
	"ACCESS_TOKEN_MANIPULATION":            "T1134",
	"TOKEN_IMPERSONATION_OR_THEFT":         "T1134.001",
	"OBFUSCATED_FILES_OR_INFO":             "T1027",
	"COMMAND_OBFUSCATION":                  "T1027.010",
	"DATA_ENCODING":                        "T1132",
	"STANDARD_ENCODING":                    "T1132.001",
	"DEOBFUSCATE_DECODE_FILES_OR_INFO":     "T1140",
	"EXPLOIT_PUBLIC_FACING_APPLICATION":    "T1190",
	"DOMAIN_POLICY_MODIFICATION":           "T1484",
	"DATA_DESTRUCTION":                     "T1485",
	"SERVICE_STOP":                         "T1489",
	"INHIBIT_SYSTEM_RECOVERY":              "T1490",
	"RESOURCE_HIJACKING":                   "T1496",
	"NETWORK_DENIAL_OF_SERVICE":            "T1498",
	"CLOUD_SERVICE_DISCOVERY":              "T1526",
	"STEAL_APPLICATION_ACCESS_TOKEN":       "T1528",
	"ACCOUNT_ACCESS_REMOVAL":               "T1531",
	"STEAL_WEB_SESSION_COOKIE":             "T1539",
	"CREATE_OR_MODIFY_SYSTEM_PROCESS":      "T1543",
	"EVENT_TRIGGERED_EXECUTION":            "T1546",
	"ABUSE_ELEVATION_CONTROL_MECHANISM":    "T1548",
	"UNSECURED_CREDENTIALS":                "T1552",
	"MODIFY_AUTHENTICATION_PROCESS":        "T1556",
	"IMPAIR_DEFENSES":                      "T1562",
	"DISABLE_OR_MODIFY_TOOLS":              "T1562.001",
	"EXFILTRATION_OVER_WEB_SERVICE":        "T1567",
	"EXFILTRATION_TO_CLOUD_STORAGE":        "T1567.002",
	"DYNAMIC_RESOLUTION":                   "T1568",
	"LATERAL_TOOL_TRANSFER":                "T1570",
	"MODIFY_CLOUD_COMPUTE_INFRASTRUCTURE":  "T1578",
	"CREATE_SNAPSHOT":                      "T1578.001",
	"CLOUD_INFRASTRUCTURE_DISCOVERY":       "T1580",
	"OBTAIN_CAPABILITIES":                  "T1588",
	"ACTIVE_SCANNING":                      "T1595",
	"SCANNING_IP_BLOCKS":                   "T1595.001",
	"CONTAINER_ADMINISTRATION_COMMAND":     "T1609",
	"ESCAPE_TO_HOST":                       "T1611",
	"CONTAINER_AND_RESOURCE_DISCOVERY":     "T1613",
}

// MitreID returns the ATT&CK id (TA0002, T1059.006) of an SCC tactic or
// technique enum name. Unknown names (newer than this table, or garbage)
// return ok false; callers show them raw.
func MitreID(name string) (id string, ok bool) {
	key := strings.ToUpper(strings.TrimSpace(name))
	if id, ok = mitreTactics[key]; ok {
		return id, true
	}
	id, ok = mitreTechniques[key]
	return id, ok
}

var mitreIDPattern = regexp.MustCompile(`^(TA\d{4}|T\d{4}(\.\d{3})?)$`)

// MitreURL returns the attack.mitre.org page of an ATT&CK id, or "" when
// id is not a well-formed tactic or technique id.
func MitreURL(id string) string {
	if !mitreIDPattern.MatchString(id) {
		return ""
	}
	if strings.HasPrefix(id, "TA") {
		return "https://attack.mitre.org/tactics/" + id + "/"
	}
	return "https://attack.mitre.org/techniques/" + strings.Replace(id, ".", "/", 1) + "/"
}

// MitreRef is one tactic or technique of a finding, resolved for display.
// ID and URL are empty when the name is unknown.
type MitreRef struct {
	Name    string // the enum name as it appeared in the finding
	ID      string
	URL     string
	Tactic  bool
	Primary bool
}

// MitreRefs lists a finding's tactics and techniques, primary first, with
// duplicates removed.
func MitreRefs(m MitreAttack) []MitreRef {
	var refs []MitreRef
	seen := map[string]bool{}
	add := func(name string, tactic, primary bool) {
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		id, _ := MitreID(name)
		refs = append(refs, MitreRef{Name: name, ID: id, URL: MitreURL(id), Tactic: tactic, Primary: primary})
	}
	add(m.PrimaryTactic, true, true)
	for _, t := range m.PrimaryTechniques {
		add(t, false, true)
	}
	for _, t := range m.AdditionalTactics {
		add(t, true, false)
	}
	for _, t := range m.AdditionalTechniques {
		add(t, false, false)
	}
	return refs
}
