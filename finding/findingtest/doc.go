// Package findingtest generates synthetic, defanged SCC findings for
// benchmarks and scale tests: the loader benchmark, the CLI's
// `list --count` measurement and bench scripts all use the same data.
//
// It imports only the standard library; it must not import pytriage/model
// or pytriage/ui (nor pytriage/finding, so finding's tests can use it).
package findingtest
