// actionlint, built from its module at the version go.mod pins (never a downloaded binary): the release
// workflow's linter in the test suite. This is the body of actionlint's own cmd/actionlint, whose package main
// cannot be imported.
package main

import (
	"os"

	"github.com/rhysd/actionlint"
)

func main() {
	command := actionlint.Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(command.Main(os.Args))
}
