//go:debug zipinsecurepath=0
//go:debug tarinsecurepath=0

// Command pytriage is a terminal workbench for triaging Security Command
// Center "Execution: Malicious Python executed" findings. All behaviour
// lives in the packages; main only hands the process's arguments and
// streams to cli.Main, and turns on the archive readers' refusal of
// insecure paths (zipinsecurepath, tarinsecurepath) for the whole process.
package main

import (
	"os"

	"github.com/pytriage/pytriage/ui/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
