// A module of its own: it imports a command-line framework by its real path, which points at the stand-in in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/timer-leak/flagsadd

go 1.19

require (
	github.com/jessevdk/go-flags v1.5.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/jessevdk/go-flags => ../../_stubs/go-flags
	golintchan.example/testdata => ../..
)
