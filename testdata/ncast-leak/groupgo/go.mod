// A module of its own: it imports golang.org/x/sync/errgroup by its real path, which points at the stand-in in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/ncast-leak/groupgo

go 1.19

require (
	golang.org/x/sync v0.7.0
	golintchan.example/testdata v0.0.0
)

replace (
	golang.org/x/sync => ../../_stubs/xsync
	golintchan.example/testdata => ../..
)
