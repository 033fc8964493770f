// A module of its own: it imports google.golang.org/grpc by its real path, which points at the stand-in in
// testdata/_stubs. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/abandoned-send/serverstop

go 1.19

require (
	golintchan.example/testdata v0.0.0
	google.golang.org/grpc v1.60.0
)

replace (
	golintchan.example/testdata => ../..
	google.golang.org/grpc => ../../_stubs/grpc
)
