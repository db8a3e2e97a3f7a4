// Package ui is the pytriage workbench: a Bubble Tea v2 program that shows
// what package finding loads and what package model finds. It owns layout,
// focus, keys and rendering, and no business logic. Every string that comes
// from a finding reaches the screen through ui/safe.
package ui
