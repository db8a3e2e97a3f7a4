// Package finding owns everything pytriage knows about Security Command
// Center findings: the Go types the workbench reads, the loader that sniffs
// every export shape (bare Finding, console JSON tab, gcloud arrays,
// listFindingsResults, Pub/Sub notifications and push envelopes, BigQuery
// rows, JSON Lines) from files, directories, archives and stdin, the facts
// derived from a finding (script, integrity, VirusTotal and MITRE links,
// short resource names, container identity) and related-finding correlation.
//
// It knows nothing of Python analysis or of the terminal: it must not import
// pytriage/model or pytriage/ui. Strings it returns are attacker-controlled
// and unsanitised; the display layer escapes them.
package finding
