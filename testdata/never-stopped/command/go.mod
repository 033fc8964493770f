// A module of its own: it imports cobra by its real path, which points at the stand-in in testdata/_stubs.
// `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/never-stopped/command

go 1.19

require (
	github.com/spf13/cobra v1.8.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/spf13/cobra => ../../_stubs/cobra
	golintchan.example/testdata => ../..
)
