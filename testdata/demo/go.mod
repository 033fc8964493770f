// The demo is a module of its own, like the write-up it comes from: its go line (1.21, before the Go 1.23
// timer changes) is what makes example 2's unstopped ticker a leak. `go test ./...` in testdata/ skips nested
// modules: test it from this directory (npm run verify-fixtures does).
module golintchan.example/testdata/demo

go 1.21

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../
