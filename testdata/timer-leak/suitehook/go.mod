// A module of its own: it imports a test framework by its real path, which points at the stand-in in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/timer-leak/suitehook

go 1.19

require (
	github.com/onsi/ginkgo/v2 v2.0.0
	golintchan.example/testdata v0.0.0
)

replace (
	github.com/onsi/ginkgo/v2 => ../../_stubs/ginkgo
	golintchan.example/testdata => ../..
)
