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
// It must not import pytriage/finding, pytriage/ui or pytriage/model
// (model imports it), and it never executes the text it inspects.
package detect
