// Package detect holds pytriage's behaviour detectors: one small unit per
// behaviour family (decode→execute, download→run, shells, fileless,
// staging, metadata token theft, containers, credentials, exfiltration,
// mining, persistence, discovery, evasion, destruction, obfuscation,
// display tricks), registered in one table (Registry) with id, title,
// ATT&CK techniques, severity and kind. Following GuardDog v3, primitives
// such as subprocess or exec are low-weight capabilities; threats are
// specific behaviours. Detectors read a Context built from the tokenizer
// and the light data flow (model/flow); matches inside comments are ignored,
// except display tricks.
//
// ATT&CK attribution is per finding: a detector's registry entry lists the
// techniques its findings may show, and each finding shows those its
// evidence supports (techniques.go, Finding.TechniquesOf), by the rules of
// model/corpus/README.md: a spawn is T1059.004 only through a shell, a send
// of collected data is T1041 to the attacker's host and T1567(.002/.004) to
// a web service, a staged file is T1564.001 only under a hidden name, a
// shell on a raw socket is T1571 only off ports 80, 443 and 53. Using the
// network and raw-IP endpoints show no technique by themselves.
// TestFindingTechniques pins the rules; TestFixtures checks that no finding
// shows a technique its registry entry does not list.
//
// It must not import pytriage/finding, pytriage/ui or pytriage/model
// (model imports it), and it never executes the text it inspects.
package detect
