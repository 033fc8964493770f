// A module of its own with several packages: whether a Wait that nothing ends is a leak is decided by what the
// commands in cmd/ do with it. `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/orphan-receive/servecommand

go 1.19

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../..
