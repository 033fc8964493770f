// A module of its own: it imports command-line frameworks by their real paths, which point at the stand-ins in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/abandoned-send/clicommand

go 1.19

require (
	github.com/codegangsta/cli v1.22.0
	github.com/spf13/cobra v1.8.0
	github.com/urfave/cli/v2 v2.27.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/codegangsta/cli => ../../_stubs/codegangsta-cli
	github.com/spf13/cobra => ../../_stubs/cobra
	github.com/urfave/cli/v2 => ../../_stubs/urfave-cli
	golintchan.example/testdata => ../..
)
