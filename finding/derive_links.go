package finding

import "strings"

// VirusTotalURL links the script's sha256 on VirusTotal, else the
// interpreter binary's; "" when neither is a whole-file sha256.
//
// The link form is inferred: the proto has no VirusTotal field, and the
// console's "VirusTotal indicator" link is built from the SHA-256
// (scc-findings.md §5). A partial hash names no file, so it gets no link.
// The digest is validated as 64 hex digits, so an attacker-supplied value
// can never shape the URL.
func VirusTotalURL(f *Finding) string {
	if f == nil {
		return ""
	}
	var files []*File
	for i := range f.Processes {
		if s := f.Processes[i].Script; s != nil {
			files = append(files, s)
		}
	}
	for i := range f.Processes {
		if b := f.Processes[i].Binary; b != nil {
			files = append(files, b)
		}
	}
	for _, file := range files {
		sum := strings.ToLower(strings.TrimSpace(file.SHA256))
		if file.PartiallyHashed || file.Size > 0 && file.HashedSize > 0 && file.HashedSize < file.Size || !isHexDigest(sum) {
			continue
		}
		return "https://www.virustotal.com/gui/file/" + sum
	}
	return ""
}
