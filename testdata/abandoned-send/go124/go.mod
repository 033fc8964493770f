// A module of its own: testing.T's Context method is Go 1.24's. `go test ./...` in testdata/ skips nested modules:
// test it from this directory (with Go 1.24 or newer).
module golintchan.example/testdata/abandoned-send/go124

go 1.24
