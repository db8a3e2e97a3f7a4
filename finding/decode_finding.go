package finding

import "github.com/pytriage/pytriage/finding/internal/jsonscan"

// The typed decoders accept each field under its proto3 JSON (camelCase)
// name and its proto (snake_case) name, exactly as protojson does; keys
// are case-sensitive (encoding/json v1 would let "STATE" fill State).
// Unknown keys are skipped.

var (
	stateNames    = []string{"STATE_UNSPECIFIED", "ACTIVE", "INACTIVE"}
	severityNames = []string{"SEVERITY_UNSPECIFIED", "CRITICAL", "HIGH", "MEDIUM", "LOW"}
)

func (dc *decoder) finding(v int, f *Finding) {
	d := dc.d
	for k, end := dc.object(v, "finding"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "name":
			f.Name = dc.str(val, "name")
		case "parent":
			f.Parent = dc.istr(val, "parent")
		case "resourceName", "resource_name":
			f.ResourceName = dc.istr(val, "resourceName")
		case "category":
			f.Category = dc.istr(val, "category")
		case "state":
			f.State = dc.enum(val, "state", stateNames)
		case "severity":
			f.Severity = dc.enum(val, "severity", severityNames)
		case "mute":
			f.Mute = dc.enum(val, "mute", nil)
		case "findingClass", "finding_class":
			f.FindingClass = dc.enum(val, "findingClass", nil)
		case "eventTime", "event_time":
			f.EventTime = dc.time(val, "eventTime")
		case "createTime", "create_time":
			f.CreateTime = dc.time(val, "createTime")
		case "description":
			f.Description = dc.istr(val, "description")
		case "nextSteps", "next_steps":
			f.NextSteps = dc.istr(val, "nextSteps")
		case "externalUri", "external_uri":
			f.ExternalURI = dc.str(val, "externalUri")
		case "parentDisplayName", "parent_display_name":
			f.ParentDisplayName = dc.istr(val, "parentDisplayName")
		case "processes":
			for e, end := dc.array(val, "processes"); e < end; e = d.Nodes[e].Skip {
				f.Processes = append(f.Processes, Process{})
				dc.process(e, &f.Processes[len(f.Processes)-1])
			}
		case "containers":
			f.Containers = dc.containers(val, "containers")
		case "kubernetes":
			dc.kubernetes(val, &f.Kubernetes)
		case "indicator":
			dc.indicator(val, &f.Indicator)
		case "mitreAttack", "mitre_attack":
			dc.mitre(val, &f.MitreAttack)
		case "securityMarks", "security_marks":
			dc.marks(val, &f.SecurityMarks)
		case "connections":
			for e, end := dc.array(val, "connections"); e < end; e = d.Nodes[e].Skip {
				f.Connections = append(f.Connections, dc.connection(e))
			}
		case "sourceProperties", "source_properties":
			f.SourceProperties = dc.rawObject(val, "sourceProperties")
		case "source_properties_json", "sourcePropertiesJson":
			// BigQuery keeps sourceProperties as a JSON string.
			if d.Kind(val) != 0 && f.SourceProperties == nil {
				if s := dc.str(val, "source_properties_json"); s != "" {
					f.SourceProperties = []byte(s)
				}
			}
		}
	}
}

// rawObject keeps an object's exact bytes (nil for null).
func (dc *decoder) rawObject(v int, key string) []byte {
	if s, _ := dc.object(v, key); s == 0 {
		return nil
	}
	return dc.d.Bytes(v)
}

func (dc *decoder) process(v int, p *Process) {
	d := dc.d
	for k, end := dc.object(v, "processes"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "name":
			p.Name = dc.istr(val, "process.name")
		case "binary":
			p.Binary = dc.file(val, "binary")
		case "script":
			p.Script = dc.file(val, "script")
		case "libraries":
			for e, end := dc.array(val, "libraries"); e < end; e = d.Nodes[e].Skip {
				if f := dc.file(e, "libraries"); f != nil {
					p.Libraries = append(p.Libraries, *f)
				}
			}
		case "args":
			p.Args = dc.strs(val, "args")
		case "argumentsTruncated", "arguments_truncated":
			p.ArgumentsTruncated = dc.boolean(val, "argumentsTruncated")
		case "envVariables", "env_variables":
			for e, end := dc.array(val, "envVariables"); e < end; e = d.Nodes[e].Skip {
				var ev EnvVar
				for k2, end2 := dc.object(e, "envVariables"); k2 < end2; k2 = dc.next(k2) {
					switch string(d.Key(k2)) {
					case "name":
						ev.Name = dc.istr(k2+1, "envVariables.name")
					case "val", "value":
						ev.Val = dc.str(k2+1, "envVariables.val")
					}
				}
				p.EnvVariables = append(p.EnvVariables, ev)
			}
		case "envVariablesTruncated", "env_variables_truncated":
			p.EnvVariablesTruncated = dc.boolean(val, "envVariablesTruncated")
		case "pid":
			p.PID, _ = dc.int64(val, "pid")
		case "parentPid", "parent_pid":
			p.ParentPID, _ = dc.int64(val, "parentPid")
		case "userId", "user_id":
			p.UserID, p.HasUserID = dc.int64(val, "userId")
		}
	}
}

// file reads a File; nil for null or a missing value.
func (dc *decoder) file(v int, key string) *File {
	d := dc.d
	k, end := dc.object(v, key)
	if k == 0 {
		return nil
	}
	f := &File{}
	for ; k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "path":
			f.Path = dc.istr(val, key+".path")
		case "size":
			f.Size, _ = dc.int64(val, key+".size")
		case "sha256":
			f.SHA256 = dc.str(val, key+".sha256")
		case "hashedSize", "hashed_size":
			f.HashedSize, _ = dc.int64(val, key+".hashedSize")
		case "partiallyHashed", "partially_hashed":
			f.PartiallyHashed = dc.boolean(val, key+".partiallyHashed")
		case "contents":
			f.Contents = dc.str(val, key+".contents")
		case "diskPath", "disk_path":
			f.DiskPath = dc.diskPath(val, key+".diskPath")
		case "operations":
			for e, end := dc.array(val, key+".operations"); e < end; e = d.Nodes[e].Skip {
				if op := dc.operation(e, key+".operations"); op != "" {
					f.Operations = append(f.Operations, op)
				}
			}
		}
	}
	return f
}

// diskPath reads v1/v2 DiskPath {partitionUuid, relativePath} as the
// relative path, prefixed by the partition when there is one.
func (dc *decoder) diskPath(v int, key string) string {
	d := dc.d
	if d.Kind(v) == jsonscan.String { // a bare string, seen in hand-written exports
		return dc.str(v, key)
	}
	var part, rel string
	for k, end := dc.object(v, key); k < end; k = dc.next(k) {
		switch string(d.Key(k)) {
		case "partitionUuid", "partition_uuid":
			part = dc.str(k+1, key+".partitionUuid")
		case "relativePath", "relative_path":
			rel = dc.str(k+1, key+".relativePath")
		}
	}
	if part != "" {
		return part + ":" + rel
	}
	return rel
}

// operation reads a v2 FileOperation {type} (or a bare enum name).
func (dc *decoder) operation(v int, key string) string {
	d := dc.d
	if d.Kind(v) == jsonscan.String {
		return dc.str(v, key)
	}
	var t string
	for k, end := dc.object(v, key); k < end; k = dc.next(k) {
		if d.KeyIs(k, "type") {
			t = dc.enum(k+1, key+".type", []string{"OPERATION_TYPE_UNSPECIFIED", "OPEN", "READ", "RENAME", "WRITE", "EXECUTE"})
		}
	}
	return t
}

func (dc *decoder) containers(v int, key string) []Container {
	d := dc.d
	var out []Container
	for e, end := dc.array(v, key); e < end; e = d.Nodes[e].Skip {
		var c Container
		for k, kend := dc.object(e, key); k < kend; k = dc.next(k) {
			val := k + 1
			switch string(d.Key(k)) {
			case "name":
				c.Name = dc.istr(val, key+".name")
			case "uri":
				c.URI = dc.istr(val, key+".uri")
			case "imageId", "image_id":
				c.ImageID = dc.istr(val, key+".imageId")
			case "labels":
				c.Labels = dc.labels(val, key+".labels")
			case "createTime", "create_time":
				c.CreateTime = dc.time(val, key+".createTime")
			}
		}
		out = append(out, c)
	}
	return out
}

func (dc *decoder) kubernetes(v int, kube *Kubernetes) {
	d := dc.d
	for k, end := dc.object(v, "kubernetes"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "pods":
			for e, pend := dc.array(val, "pods"); e < pend; e = d.Nodes[e].Skip {
				var p Pod
				for k2, end2 := dc.object(e, "pods"); k2 < end2; k2 = dc.next(k2) {
					switch string(d.Key(k2)) {
					case "ns":
						p.Namespace = dc.istr(k2+1, "pods.ns")
					case "name":
						p.Name = dc.str(k2+1, "pods.name")
					case "labels":
						p.Labels = dc.labels(k2+1, "pods.labels")
					case "containers":
						p.Containers = dc.containers(k2+1, "pods.containers")
					}
				}
				kube.Pods = append(kube.Pods, p)
			}
		case "nodes":
			for e, nend := dc.array(val, "nodes"); e < nend; e = d.Nodes[e].Skip {
				if d.Kind(e) == jsonscan.String {
					kube.Nodes = append(kube.Nodes, dc.istr(e, "nodes"))
					continue
				}
				for k2, end2 := dc.object(e, "nodes"); k2 < end2; k2 = dc.next(k2) {
					if d.KeyIs(k2, "name") {
						kube.Nodes = append(kube.Nodes, dc.istr(k2+1, "nodes.name"))
					}
				}
			}
		}
	}
}

func (dc *decoder) indicator(v int, in *Indicator) {
	d := dc.d
	for k, end := dc.object(v, "indicator"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "ipAddresses", "ip_addresses":
			in.IPAddresses = dc.strs(val, "indicator.ipAddresses")
		case "domains":
			in.Domains = dc.strs(val, "indicator.domains")
		case "uris":
			in.URIs = dc.strs(val, "indicator.uris")
		case "signatures":
			for e, send := dc.array(val, "indicator.signatures"); e < send; e = d.Nodes[e].Skip {
				if s := dc.signature(e); s != "" {
					in.Signatures = append(in.Signatures, s)
				}
			}
		}
	}
}

// signature names a ProcessSignature: the YARA rule, or the binary family
// of a memory hash signature.
func (dc *decoder) signature(v int) string {
	d := dc.d
	var s string
	for k, end := dc.object(v, "signatures"); k < end; k = dc.next(k) {
		switch string(d.Key(k)) {
		case "yaraRuleSignature", "yara_rule_signature":
			if r := d.Lookup(k+1, "yaraRule", "yara_rule"); r >= 0 {
				s = dc.str(r, "yaraRule")
			}
		case "memoryHashSignature", "memory_hash_signature":
			if r := d.Lookup(k+1, "binaryFamily", "binary_family"); r >= 0 {
				s = dc.str(r, "binaryFamily")
			}
		}
	}
	return s
}

func (dc *decoder) mitre(v int, m *MitreAttack) {
	d := dc.d
	for k, end := dc.object(v, "mitreAttack"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "primaryTactic", "primary_tactic":
			m.PrimaryTactic = dc.enum(val, "primaryTactic", nil)
		case "primaryTechniques", "primary_techniques":
			m.PrimaryTechniques = dc.strs(val, "primaryTechniques")
		case "additionalTactics", "additional_tactics":
			m.AdditionalTactics = dc.strs(val, "additionalTactics")
		case "additionalTechniques", "additional_techniques":
			m.AdditionalTechniques = dc.strs(val, "additionalTechniques")
		case "version":
			m.Version = dc.istr(val, "mitreAttack.version")
		}
	}
}

func (dc *decoder) marks(v int, sm *SecurityMarks) {
	d := dc.d
	for k, end := dc.object(v, "securityMarks"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "name":
			sm.Name = dc.str(val, "securityMarks.name")
		case "marks":
			sm.Marks = dc.labels(val, "securityMarks.marks")
		}
	}
}

func (dc *decoder) connection(v int) Connection {
	d := dc.d
	var c Connection
	for k, end := dc.object(v, "connections"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "destinationIp", "destination_ip":
			c.DestinationIP = dc.str(val, "destinationIp")
		case "destinationPort", "destination_port":
			c.DestinationPort, _ = dc.int64(val, "destinationPort")
		case "sourceIp", "source_ip":
			c.SourceIP = dc.str(val, "sourceIp")
		case "sourcePort", "source_port":
			c.SourcePort, _ = dc.int64(val, "sourcePort")
		case "protocol":
			c.Protocol = dc.enum(val, "protocol", nil)
		}
	}
	return c
}
