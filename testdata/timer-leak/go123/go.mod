// A module of its own: its go line turns on Go 1.23 timer semantics, which the testdata module (go 1.19)
// does not have. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/timer-leak/go123

go 1.23

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../..
