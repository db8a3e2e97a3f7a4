// Package unwrap statically decodes encoded blobs found in a script: base64,
// base32, base16/hex, base85/ascii85, rot13, zlib/gzip/bz2/lzma, reversal and
// single-byte XOR. It only transforms bytes — it never executes, imports or
// unmarshals what it decodes — and every step is bounded by a Budget (depth,
// per-layer size, total bytes, steps) so that bombs and deep nesting end
// quickly with LimitsHit set.
//
// It knows nothing of SCC findings or the UI and must not import
// pytriage/finding, pytriage/ui or pytriage/model (model imports it).
package unwrap
