// A module of its own with several packages: what a program's other packages do with an exported function of the
// service package decides whether it runs once per process. `go test ./...` in testdata/ skips nested modules:
// test it from this directory.
module golintchan.example/testdata/abandoned-send/modulecallers

go 1.19

require (
	github.com/spf13/cobra v1.8.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/spf13/cobra => ../../_stubs/cobra
	golintchan.example/testdata => ../..
)
