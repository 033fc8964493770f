// A module of its own: it imports a command-line framework by its real path, which points at the stand-in in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/abandoned-send/subcommand

go 1.19

require (
	github.com/maruel/subcommands v1.1.1
	github.com/google/subcommands v1.2.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/maruel/subcommands => ../../_stubs/maruel-subcommands
	github.com/google/subcommands => ../../_stubs/subcommands
	golintchan.example/testdata => ../..
)
