// Package live reads findings from the Security Command Center API (v2,
// through the official cloud.google.com/go/securitycenter/apiv2 client) and
// writes the analyst's decisions back: mute for false positives, security
// marks for verdicts, state INACTIVE for resolved findings.
//
// Findings arrive page by page as the same *finding.Record values the file
// loader yields (the record's Raw is the protojson of what the API
// returned), so the workbench treats both alike. It may import finding and
// finding/triage; it must not import model or ui. It connects to the
// network only when the user runs pytriage with --scc.
package live
